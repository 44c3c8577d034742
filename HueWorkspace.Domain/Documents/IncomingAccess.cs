using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>How a person stands to an incoming document; none means "not found" (nobody learns it exists).</summary>
[Flags]
public enum IncomingRelation
{
    None = 0,

    /// <summary>Works in the unit whose register holds it.</summary>
    Member = 1,

    /// <summary>The clerk of that unit: registers, presents, returns.</summary>
    Clerk = 2,

    /// <summary>The leader it was presented to: directs it.</summary>
    PresentedTo = 4,

    /// <summary>Leads the unit, or a unit above it.</summary>
    Leader = 8,

    /// <summary>Works in (or leads above) a unit the direction named.</summary>
    DirectedUnit = 16,

    /// <summary>On the document's access list.</summary>
    Reader = 32,
}

/// <summary>
/// The one access rule of incoming documents, in the three forms its users need (as <c>TaskAccess</c> does for tasks):
/// a document is seen by the people of the unit whose register holds it, the leaders above that unit, and the people of
/// the units its direction named — unless it is Mật or above, when only the people on its access list see it (the
/// clerk who registered it, the leader it was presented to, the leaders of the units it was directed to).
/// </summary>
public static class IncomingAccess
{
    private static bool IsLeader(Actor actor) => actor.IsInAnyRole(Role.UnitLeader, Role.CityLeader);

    /// <summary>Outside data requesters are kept out of documents altogether.</summary>
    private static bool IsOutsider(Actor actor) => !actor.IsAssigned || actor.Roles.All(r => r == Role.DataRequester);

    /// <summary>
    /// Whom a clerk presents a document of <paramref name="unit"/> to: a leader of that unit, or a city leader when the unit
    /// is the People's Committee (or its office).
    /// </summary>
    public static bool MayBePresentedTo(UserProfile person, Unit unit) =>
        person.IsAssigned
        && (person.UnitId == unit.Id && person.Roles.Contains(Role.UnitLeader)
            || (unit.IsPeoplesCommitteeOffice || unit.ParentId is null) && person.Roles.Contains(Role.CityLeader));

    public static IncomingRelation RelationOf(Actor actor, IncomingDocument document, OrgTree tree)
    {
        if (IsOutsider(actor))
        {
            return IncomingRelation.None;
        }

        var me = actor.UserId!.Value;
        var relation = document.Readers.Any(r => r.UserId == me) ? IncomingRelation.Reader : IncomingRelation.None;
        if (document.PresentedToId == me)
        {
            relation |= IncomingRelation.PresentedTo;
        }

        // Mật and above: the access list alone decides who sees it, whatever the person's unit or rank.
        if (document.IsSecret && !relation.HasFlag(IncomingRelation.Reader))
        {
            return IncomingRelation.None;
        }

        var unit = actor.UnitId!.Value;
        if (unit == document.UnitId)
        {
            relation |= IncomingRelation.Member;
            if (actor.IsInRole(Role.Clerk))
            {
                relation |= IncomingRelation.Clerk;
            }
        }

        if (IsLeader(actor) && tree.IsWithin(document.UnitId, unit))
        {
            relation |= IncomingRelation.Leader;
        }

        if (document.Units.Any(u => u.UnitId == unit || IsLeader(actor) && tree.IsWithin(u.UnitId, unit)))
        {
            relation |= IncomingRelation.DirectedUnit;
        }

        return relation;
    }

    /// <summary>The operations a relation allows, before the workflow has its say.</summary>
    public static bool Allows(IncomingRelation relation, IncomingOperation operation) => relation != IncomingRelation.None && operation switch
    {
        IncomingOperation.View => true,
        IncomingOperation.Present or IncomingOperation.Return => relation.HasFlag(IncomingRelation.Clerk),
        IncomingOperation.Direct => relation.HasFlag(IncomingRelation.PresentedTo),
        _ => false,
    };

    /// <summary>The operations this person may take on this document now.</summary>
    public static IReadOnlyList<IncomingOperation> Allowed(IncomingRelation relation, IncomingDocument document) =>
        Enum.GetValues<IncomingOperation>().Where(op => Allows(relation, op) && document.Permits(op)).ToList();

    public static void Demand(IncomingRelation relation, IncomingOperation operation)
    {
        if (relation == IncomingRelation.None)
        {
            throw new NotFoundException(IncomingQueries.NotFoundMessage);
        }

        if (!Allows(relation, operation))
        {
            throw new ForbiddenException(operation switch
            {
                IncomingOperation.Present or IncomingOperation.Return => "Chỉ văn thư của đơn vị vào sổ văn bản mới được trình hoặc trả lại văn bản.",
                IncomingOperation.Direct => "Chỉ lãnh đạo được trình văn bản mới được cho ý kiến chỉ đạo.",
                _ => "Bạn không có quyền thực hiện thao tác này.",
            });
        }
    }

    /// <summary>
    /// The documents a person may see, as disjoint parts, each a query an index can answer in order (lists at a million rows): the
    /// ordinary documents of my units (for a leader over the whole tree, all ordinary documents); the ordinary documents
    /// of other units directed to mine; the secret documents whose access list names me.
    /// </summary>
    public static IReadOnlyList<IQueryable<IncomingDocument>> VisibleParts(WorkspaceDbContext db, Actor actor, OrgTree tree)
    {
        var documents = db.IncomingDocuments.AsNoTracking();
        if (IsOutsider(actor))
        {
            return [documents.Where(d => false)];
        }

        var me = actor.UserId!.Value;
        var myUnits = IsLeader(actor) ? tree.Subtree(actor.UnitId!.Value).Select(u => u.Id).ToList() : [actor.UnitId!.Value];
        var ordinary = documents.Where(d => d.Confidentiality == DocumentConfidentiality.Thuong);
        var seesAll = IsLeader(actor) && tree.Units.Count(u => u.Kind != UnitKind.ExternalOrganisation) == myUnits.Count(id => tree.Find(id)?.Kind != UnitKind.ExternalOrganisation);
        var mine = seesAll ? ordinary : ordinary.Where(d => myUnits.Contains(d.UnitId));
        var directedToMine = db.IncomingDocumentUnits.Where(u => myUnits.Contains(u.UnitId)).Select(u => u.DocumentId);
        var directed = ordinary.Where(d => !myUnits.Contains(d.UnitId) && directedToMine.Contains(d.Id));
        var readable = db.IncomingDocumentReaders.Where(r => r.UserId == me).Select(r => r.DocumentId);
        var secret = documents.Where(d => d.Confidentiality != DocumentConfidentiality.Thuong && readable.Contains(d.Id));
        return seesAll ? [mine, secret] : [mine, directed, secret];
    }

    /// <summary>
    /// <see cref="VisibleParts"/> without the parts this person has nothing in (two index lookups), so a list does not pay
    /// for asking them; the first part is always the person's own units.
    /// </summary>
    public static async Task<IReadOnlyList<IQueryable<IncomingDocument>>> NonEmptyPartsAsync(WorkspaceDbContext db, Actor actor, OrgTree tree, CancellationToken ct)
    {
        var parts = VisibleParts(db, actor, tree);
        if (parts.Count == 1)
        {
            return parts;
        }

        var me = actor.UserId!.Value;
        var result = new List<IQueryable<IncomingDocument>> { parts[0] };
        if (parts.Count == 3)
        {
            var myUnits = IsLeader(actor) ? tree.Subtree(actor.UnitId!.Value).Select(u => u.Id).ToList() : [actor.UnitId!.Value];
            if (await db.IncomingDocumentUnits.AnyAsync(u => myUnits.Contains(u.UnitId), ct))
            {
                result.Add(parts[1]);
            }
        }

        if (await db.IncomingDocumentReaders.AnyAsync(r => r.UserId == me, ct))
        {
            result.Add(parts[^1]);
        }

        return result;
    }

    /// <summary>Everyone who may see the document: who is told live that it changed.</summary>
    public static async Task<IReadOnlyList<Guid>> AudienceAsync(WorkspaceDbContext db, OrgTree tree, IncomingDocument document, CancellationToken ct)
    {
        var readers = document.Readers.Select(r => r.UserId).ToList();
        if (document.IsSecret)
        {
            return readers;
        }

        var units = document.Units.Select(u => u.UnitId).Append(document.UnitId).ToList();
        var above = units.SelectMany(u => tree.Ancestors(u)).Select(u => u.Id).Distinct().ToList();
        var people = await db.UserProfiles.AsNoTracking()
            .Where(p => p.UnitId != null && (units.Contains(p.UnitId.Value) || above.Contains(p.UnitId.Value)))
            .Select(p => new { p.Id, p.UnitId, p.Roles }).ToListAsync(ct);
        return people.Where(p => units.Contains(p.UnitId!.Value) || p.Roles.Any(r => r is Role.UnitLeader or Role.CityLeader))
            .Select(p => p.Id).Concat(readers).Distinct().ToList();
    }
}
