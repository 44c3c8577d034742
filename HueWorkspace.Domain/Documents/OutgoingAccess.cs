using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Documents;

/// <summary>How a person stands to an outgoing document; none means "not found".</summary>
[Flags]
public enum OutgoingRelation
{
    None = 0,

    /// <summary>Wrote the draft.</summary>
    Drafter = 1,

    /// <summary>Leads the drafting unit in their own right, once the draft was submitted: checks the content.</summary>
    Reviewer = 2,

    /// <summary>A clerk of the unit that checks the format and issues, once the content was approved.</summary>
    Clerk = 4,

    /// <summary>The proposed signer, once the format was approved.</summary>
    Signer = 8,

    /// <summary>Acted on it before (an opinion, an approval): keeps seeing it.</summary>
    Participant = 16,

    /// <summary>Issued, ordinary: works in the drafting, issuing or clerk unit.</summary>
    Member = 32,

    /// <summary>Issued, ordinary: leads one of those units or a unit above.</summary>
    Leader = 64,

    /// <summary>Leads the issuing unit in their own right (may recall it with its clerk).</summary>
    IssuerLeader = 128,
}

/// <summary>
/// The one access rule of outgoing documents, in the forms its users need (the page, the lists, the live audience): a
/// draft is seen only by its drafting chain — the drafter, the head of the drafting unit once submitted, the issuing
/// clerks once the content is approved, the signer once the format is approved, and whoever acted on it. Once issued, an
/// ordinary document is also seen by the people of the drafting, issuing and clerk units and the leaders above them; a
/// secret one (Mật and above) only ever by its chain.
/// </summary>
public sealed class OutgoingAccess : AccessRule<OutgoingDocument, OutgoingRelation, OutgoingOperation>
{
    public const string NotFound = "Không tìm thấy văn bản đi, hoặc bạn không có quyền xem văn bản này.";

    private OutgoingAccess()
    {
    }

    public static OutgoingAccess Rule { get; } = new();

    public override string NotFoundMessage => NotFound;

    private static readonly OutgoingState[] PastContent = [OutgoingState.FormatCheck, OutgoingState.AwaitingSignature, OutgoingState.Signed, OutgoingState.Issued, OutgoingState.Recalled];

    private static readonly OutgoingState[] PastFormat = [OutgoingState.AwaitingSignature, OutgoingState.Signed, OutgoingState.Issued, OutgoingState.Recalled];

    private static readonly OutgoingState[] Out = [OutgoingState.Issued, OutgoingState.Recalled];

    public override OutgoingRelation RelationOf(Actor actor, OutgoingDocument d, OrgTree tree)
    {
        if (actor.IsOutsider)
        {
            return OutgoingRelation.None;
        }

        var me = actor.UserId!.Value;
        var unit = actor.UnitId!.Value;
        var relation = OutgoingRelation.None;
        if (d.DrafterId == me)
        {
            relation |= OutgoingRelation.Drafter;
        }

        if (d.Steps.Any(s => s.ActorId == me))
        {
            relation |= OutgoingRelation.Participant;
        }

        if (d.Steps.Any(s => s.Operation == OutgoingOperation.Submit) && tree.Find(d.DraftingUnitId) is { } drafting && SigningRules.LeadsInOwnRight(actor, drafting))
        {
            relation |= OutgoingRelation.Reviewer;
        }

        if (actor.IsInRole(Role.Clerk) && unit == d.ClerkUnitId && PastContent.Contains(d.State))
        {
            relation |= OutgoingRelation.Clerk;
        }

        if (d.SignerId == me && PastFormat.Contains(d.State))
        {
            relation |= OutgoingRelation.Signer;
        }

        if (Out.Contains(d.State) && !d.IsSecret)
        {
            if (unit == d.DraftingUnitId || unit == d.IssuerUnitId || unit == d.ClerkUnitId)
            {
                relation |= OutgoingRelation.Member;
            }

            if (actor.IsLeader && (tree.IsWithin(d.DraftingUnitId, unit) || tree.IsWithin(d.IssuerUnitId, unit) || tree.IsWithin(d.ClerkUnitId, unit)))
            {
                relation |= OutgoingRelation.Leader;
            }
        }

        if (relation != OutgoingRelation.None && Out.Contains(d.State) && tree.Find(d.IssuerUnitId) is { } issuer && SigningRules.LeadsInOwnRight(actor, issuer))
        {
            relation |= OutgoingRelation.IssuerLeader;
        }

        return relation;
    }

    /// <summary>The operations a relation allows in the document's state, before the workflow has its say.</summary>
    public override bool Allows(OutgoingRelation r, OutgoingOperation operation, OutgoingDocument d) => Allows(r, operation, d.State);

    /// <inheritdoc cref="Allows(OutgoingRelation, OutgoingOperation, OutgoingDocument)"/>
    public static bool Allows(OutgoingRelation r, OutgoingOperation operation, OutgoingState state) => r != OutgoingRelation.None && operation switch
    {
        OutgoingOperation.View => true,
        OutgoingOperation.Revise or OutgoingOperation.Submit => r.HasFlag(OutgoingRelation.Drafter),
        OutgoingOperation.ApproveContent => r.HasFlag(OutgoingRelation.Reviewer),
        OutgoingOperation.ApproveFormat or OutgoingOperation.Issue => r.HasFlag(OutgoingRelation.Clerk),
        OutgoingOperation.Sign => r.HasFlag(OutgoingRelation.Signer),

        // Whoever checks the document at its current step may send it back.
        OutgoingOperation.Return => state switch
        {
            OutgoingState.ContentReview => r.HasFlag(OutgoingRelation.Reviewer),
            OutgoingState.FormatCheck => r.HasFlag(OutgoingRelation.Clerk),
            OutgoingState.AwaitingSignature => r.HasFlag(OutgoingRelation.Signer),
            OutgoingState.Draft or OutgoingState.Signed or OutgoingState.Issued or OutgoingState.Recalled => false,
        },
        OutgoingOperation.Recall => r.HasFlag(OutgoingRelation.Clerk) || r.HasFlag(OutgoingRelation.IssuerLeader),
    };

    protected override string Refusal(OutgoingOperation operation) => operation switch
    {
        OutgoingOperation.View => "Bạn không có quyền xem văn bản này.",
        OutgoingOperation.Revise or OutgoingOperation.Submit => "Chỉ người soạn thảo được sửa hoặc trình dự thảo.",
        OutgoingOperation.ApproveContent => "Chỉ lãnh đạo đơn vị soạn thảo được duyệt nội dung.",
        OutgoingOperation.ApproveFormat or OutgoingOperation.Issue => "Chỉ văn thư của cơ quan ban hành được kiểm tra thể thức và ban hành văn bản.",
        OutgoingOperation.Sign => "Chỉ người ký được đề xuất mới được ký văn bản.",
        OutgoingOperation.Return => "Chỉ người đang kiểm tra văn bản ở bước này mới được trả lại.",
        OutgoingOperation.Recall => "Chỉ văn thư hoặc lãnh đạo cơ quan ban hành được thu hồi văn bản.",
    };

    /// <summary>The documents a person may see, as one query: the same rule as <see cref="RelationOf"/> (an agreement test compares them).</summary>
    public override IQueryable<OutgoingDocument> Visible(WorkspaceDbContext db, Actor actor, OrgTree tree)
    {
        var documents = db.OutgoingDocuments.AsNoTracking();
        if (actor.IsOutsider)
        {
            return documents.Where(d => false);
        }

        var me = actor.UserId!.Value;
        var unit = actor.UnitId!.Value;
        var isClerk = actor.IsInRole(Role.Clerk);
        var leads = tree.Units.Where(u => SigningRules.LeadsInOwnRight(actor, u)).Select(u => u.Id).ToList();
        var below = actor.IsLeader ? tree.Subtree(unit).Select(u => u.Id).ToList() : [];
        return documents.Where(d =>
            d.DrafterId == me
            || d.Steps.Any(s => s.ActorId == me)
            || leads.Contains(d.DraftingUnitId) && d.Steps.Any(s => s.Operation == OutgoingOperation.Submit)
            || isClerk && d.ClerkUnitId == unit && PastContent.Contains(d.State)
            || d.SignerId == me && PastFormat.Contains(d.State)
            || d.Confidentiality == DocumentConfidentiality.Thuong && Out.Contains(d.State)
                && (d.DraftingUnitId == unit || d.IssuerUnitId == unit || d.ClerkUnitId == unit
                    || below.Contains(d.DraftingUnitId) || below.Contains(d.IssuerUnitId) || below.Contains(d.ClerkUnitId)));
    }

    /// <summary>Everyone who may see the document (who is told live that it changed): the rule applied to the people it could concern.</summary>
    public override IReadOnlyCollection<Guid> Audience(OutgoingDocument d, OrgTree tree)
    {
        var units = new[] { d.DraftingUnitId, d.IssuerUnitId, d.ClerkUnitId }.Distinct().ToList();
        var around = units.Concat(units.SelectMany(u => tree.Ancestors(u).Select(a => a.Id))).Distinct();
        var named = d.Steps.Select(s => s.ActorId).Append(d.DrafterId).Append(d.SignerId).Select(tree.Person).OfType<OrgPerson>();
        return tree.PeopleIn(around).Concat(named).DistinctBy(p => p.Id)
            .Where(p => RelationOf(p.AsActor(), d, tree) != OutgoingRelation.None).Select(p => p.Id).ToHashSet();
    }

    /// <summary>
    /// An incoming document that came through the system changed (presented, directed, its task moved, recalled): the
    /// sender's page shows each recipient's handling, so the people who may see the outgoing document are told too.
    /// </summary>
    public static async Task PublishOriginAsync(WorkspaceDbContext db, OrgTree tree, INotificationPublisher publisher, Guid? originId, CancellationToken ct)
    {
        if (originId is not { } id)
        {
            return;
        }

        var origin = await db.OutgoingDocuments.AsNoTracking().Include(o => o.Steps).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (origin is not null)
        {
            await publisher.PublishChangeAsync(new EntityChange(EntityChange.Documents, origin.Id), Rule.Audience(origin, tree), ct);
        }
    }
}
