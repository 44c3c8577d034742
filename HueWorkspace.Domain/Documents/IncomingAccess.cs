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
/// The one access rule of incoming documents (<see cref="AccessRule{TRecord, TRelation, TOperation}"/>): a document is seen
/// by the people of the unit whose register holds it, the leaders above that unit, and the people of the units its direction
/// named — unless it is Mật or above, when only the people on its access list see it (the clerk who registered it, the
/// leader it was presented to, the leaders of the units it was directed to). Outside data requesters see none.
/// </summary>
public sealed class IncomingAccess : AccessRule<IncomingDocument, IncomingRelation, IncomingOperation>
{
    public const string NotFound = "Không tìm thấy văn bản, hoặc bạn không có quyền xem văn bản này.";

    private IncomingAccess()
    {
    }

    public static IncomingAccess Rule { get; } = new();

    public override string NotFoundMessage => NotFound;

    /// <summary>
    /// Whom a clerk presents a document of <paramref name="unit"/> to: a leader of that unit, or a city leader when the unit
    /// is the People's Committee (or its office).
    /// </summary>
    public static bool MayBePresentedTo(OrgPerson person, Unit unit) =>
        person.IsAssigned
        && (person.UnitId == unit.Id && person.Roles.Contains(Role.UnitLeader)
            || (unit.IsPeoplesCommitteeOffice || unit.ParentId is null) && person.Roles.Contains(Role.CityLeader));

    public override IncomingRelation RelationOf(Actor actor, IncomingDocument document, OrgTree tree)
    {
        if (actor.IsOutsider)
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

        if (actor.IsLeader && tree.IsWithin(document.UnitId, unit))
        {
            relation |= IncomingRelation.Leader;
        }

        if (document.Units.Any(u => u.UnitId == unit || actor.IsLeader && tree.IsWithin(u.UnitId, unit)))
        {
            relation |= IncomingRelation.DirectedUnit;
        }

        return relation;
    }

    /// <summary>The operations a relation allows, before the workflow has its say.</summary>
    public override bool Allows(IncomingRelation relation, IncomingOperation operation, IncomingDocument document) => relation != IncomingRelation.None && operation switch
    {
        IncomingOperation.View => true,
        IncomingOperation.Present or IncomingOperation.Return => relation.HasFlag(IncomingRelation.Clerk),
        IncomingOperation.Direct => relation.HasFlag(IncomingRelation.PresentedTo),
    };

    protected override string Refusal(IncomingOperation operation) => operation switch
    {
        IncomingOperation.View => "Bạn không có quyền xem văn bản này.",
        IncomingOperation.Present or IncomingOperation.Return => "Chỉ văn thư của đơn vị vào sổ văn bản mới được trình hoặc trả lại văn bản.",
        IncomingOperation.Direct => "Chỉ lãnh đạo được trình văn bản mới được cho ý kiến chỉ đạo.",
    };

    /// <summary>The documents a person may see, as one query (the union of <see cref="VisibleParts"/>).</summary>
    public override IQueryable<IncomingDocument> Visible(WorkspaceDbContext db, Actor actor, OrgTree tree) =>
        VisibleParts(db, actor, tree).Aggregate((a, b) => a.Concat(b));

    /// <summary>
    /// The documents a person may see, as disjoint parts, each a query an index can answer in order (lists at a million rows): the
    /// ordinary documents of my units (for a leader over the whole tree, all ordinary documents); the ordinary documents
    /// of other units directed to mine; the secret documents whose access list names me.
    /// </summary>
    public IReadOnlyList<IQueryable<IncomingDocument>> VisibleParts(WorkspaceDbContext db, Actor actor, OrgTree tree)
    {
        var documents = db.IncomingDocuments.AsNoTracking();
        if (actor.IsOutsider)
        {
            return [documents.Where(d => false)];
        }

        var me = actor.UserId!.Value;
        var myUnits = actor.IsLeader ? tree.Subtree(actor.UnitId!.Value).Select(u => u.Id).ToList() : [actor.UnitId!.Value];
        var ordinary = documents.Where(d => d.Confidentiality == DocumentConfidentiality.Thuong);
        var seesAll = tree.LeadsAll(actor);
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
    public async Task<IReadOnlyList<IQueryable<IncomingDocument>>> NonEmptyPartsAsync(WorkspaceDbContext db, Actor actor, OrgTree tree, CancellationToken ct)
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
            var myUnits = actor.IsLeader ? tree.Subtree(actor.UnitId!.Value).Select(u => u.Id).ToList() : [actor.UnitId!.Value];
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
    public override IReadOnlyCollection<Guid> Audience(IncomingDocument document, OrgTree tree)
    {
        var readers = document.Readers.Select(r => r.UserId).ToHashSet();
        if (document.IsSecret)
        {
            return readers;
        }

        var units = document.Units.Select(u => u.UnitId).Append(document.UnitId).Distinct().ToList();
        var above = units.SelectMany(u => tree.Ancestors(u)).Select(u => u.Id).Distinct();
        return tree.PeopleIn(units).Where(p => !p.AsActor().IsOutsider).Select(p => p.Id)
            .Concat(tree.LeadersOf(above)).Concat(readers).ToHashSet();
    }
}
