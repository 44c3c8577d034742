using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

/// <summary>
/// The Art. 5 review: the platform authority opens a council (composition checked), each member works through the
/// checklist and votes, the chair closes it and the outcome follows the decision rule — certified with a numbered
/// certificate that expires, or not, with the reasons. Checklist entries and votes first move the council's
/// <see cref="Council.Activity"/> with a conditional update (<c>… WHERE State = 'Open'</c>) inside their transaction, so
/// two members at once both count and nothing is accepted once the chair has closed it.
/// </summary>
public sealed class CouncilService
{
    public const string CertificateSeries = "gcn";

    private readonly ActionPipeline<Dataset, DatasetRelation, DatasetOperation> _datasets;
    private readonly WorkflowServices _services;
    private readonly DatasetOptions _options;

    public CouncilService(WorkflowServices services, DatasetOptions options)
    {
        _services = services;
        _options = options;
        _datasets = new(services, DatasetService.Area);
    }

    /// <summary>
    /// The platform authority opens a review of a dataset (its <see cref="DatasetOperation.OpenReview"/>, through the
    /// dataset's pipeline): the council is made in the same save, its members told.
    /// </summary>
    public async Task<Guid> OpenAsync(Guid datasetId, Guid datasetVersion, DateOnly meetingDate, IReadOnlyList<Guid> memberIds, Guid chairId, CancellationToken ct = default)
    {
        Council? opened = null;
        await _datasets.ActAsync(datasetId, datasetVersion, DatasetOperation.OpenReview, x =>
        {
            var dataset = x.Root;
            if (!memberIds.Contains(chairId))
            {
                throw new DomainException("Chủ tịch hội đồng phải là một thành viên của hội đồng.");
            }

            var people = memberIds.Distinct().Select(x.Tree.Person).ToList();
            if (people.Any(p => p is null || p.UnitId is null || p.Roles.Count == 0 || p.Roles.All(r => r == Role.DataRequester)))
            {
                throw new DomainException("Thành viên hội đồng phải là cán bộ của các cơ quan nhà nước thành phố.");
            }

            var members = people.Select(p =>
            {
                var unit = x.Tree.Find(p!.UnitId!.Value)!;
                // The body shown beside the name; who speaks for which body is Council.Represents (one unit may play two).
                var body = unit.Id == dataset.OwnerUnitId ? CouncilBody.Owner
                    : unit.IsPeoplesCommitteeOffice ? CouncilBody.PeoplesCommitteeOffice
                    : unit.IsPlatformAuthority ? CouncilBody.PlatformAuthority
                    : CouncilBody.Other;
                return new CouncilMember(p.Id, p.FullName, unit.Id, unit.Name, body, p.Id == chairId);
            }).ToList();
            dataset.StartReview();
            var council = Council.Open(dataset, meetingDate, members, _options.DecisionRule, x.Tree.PeoplesCommitteeOffice?.Id ?? Guid.Empty, x.Tree.PlatformAuthority?.Id ?? Guid.Empty,
                x.Actor, x.Now, x.Today);
            x.Db.Councils.Add(council);
            x.Notify(NotificationKinds.CouncilMember, members.Select(m => m.UserId), null, $"/councils/{council.Id}");
            x.AlsoChanged(new EntityChange(EntityChange.Councils, council.Id), CouncilAccess.Rule.Audience(council, x.Tree));
            opened = council;
            return Task.CompletedTask;
        }, ct);
        return opened!.Id;
    }

    /// <summary>A member's verdict on one criterion, with a note; changeable until the council closes.</summary>
    public Task CheckAsync(Guid councilId, Criterion criterion, Verdict verdict, string? note, CancellationToken ct = default) =>
        AsMemberAsync(councilId, CouncilOperation.Check, async (db, council, actor, now) =>
        {
            var key = Guard.Defined(criterion, "tiêu chí");
            var check = await db.CouncilChecks.SingleOrDefaultAsync(c => c.CouncilId == councilId && c.UserId == actor.UserId && c.Criterion == key, ct);
            if (check is null)
            {
                check = new CouncilCheck(councilId, actor.UserId!.Value, key);
                db.CouncilChecks.Add(check);
            }

            check.Set(verdict, note, now);
        }, ct);

    /// <summary>A member's vote: after the checklist, with a reason when they disagree; changeable until the council closes.</summary>
    public Task VoteAsync(Guid councilId, Vote vote, string? reason, CancellationToken ct = default) =>
        AsMemberAsync(councilId, CouncilOperation.Vote, async (db, council, actor, now) =>
        {
            var done = await db.CouncilChecks.CountAsync(c => c.CouncilId == councilId && c.UserId == actor.UserId, ct);
            if (done < Council.Criteria.Length)
            {
                throw new DomainException($"Vui lòng cho ý kiến đủ {Council.Criteria.Length} tiêu chí của Điều 5 trước khi biểu quyết ({done}/{Council.Criteria.Length}).");
            }

            var cast = await db.CouncilVotes.SingleOrDefaultAsync(v => v.CouncilId == councilId && v.UserId == actor.UserId, ct);
            if (cast is null)
            {
                cast = new CouncilVote(councilId, actor.UserId!.Value);
                db.CouncilVotes.Add(cast);
            }

            cast.Cast(vote, reason, now);
        }, ct);

    /// <summary>
    /// The chair closes the session; the outcome follows the council's rule from the votes as they stand at that moment
    /// (no quorum: refused, nothing changes). Certified: a certificate numbered in the platform authority's yearly series,
    /// valid <see cref="DatasetOptions.CertificateMonths"/>; not certified: the reasons are the disagreeing votes' and the
    /// unmet criteria's notes. The owner unit and the city's leaders are told.
    /// </summary>
    public async Task<bool> CloseAsync(Guid councilId, CancellationToken ct = default)
    {
        var actor = _services.CurrentUser.Require();
        await using var db = await _services.Db.CreateDbContextAsync(ct);
        var tree = await _services.Organization.TreeAsync(db, ct);
        var council = await db.Councils.Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == councilId, ct);
        if (council is null)
        {
            throw new NotFoundException(CouncilAccess.NotFound);
        }

        CouncilAccess.Rule.Demand(CouncilAccess.Rule.RelationOf(actor, council, tree), CouncilOperation.Close, council);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockOpenAsync(db, councilId, ct);
        var votes = await db.CouncilVotes.AsNoTracking().Where(v => v.CouncilId == councilId).ToListAsync(ct);
        var (certified, noQuorum) = council.Decide(votes.ToDictionary(v => v.UserId, v => v.Vote));
        if (noQuorum is not null)
        {
            throw new DomainException(noQuorum);
        }

        var dataset = await db.Datasets.SingleAsync(d => d.Id == council.DatasetId, ct);
        var today = VietnamTime.Today(_services.Clock);
        var now = _services.Clock.GetUtcNow().UtcDateTime;
        string? reasons = null;
        if (certified)
        {
            var number = await RegisterNumbers.NextAsync(db, tree.PlatformAuthority?.Id ?? Guid.Empty, today.Year, CertificateSeries, ct);
            dataset.Certify($"{number:000}/{today.Year}/GCN-DLS", today, today.AddMonths(_options.CertificateMonths));
        }
        else
        {
            var names = council.Members.ToDictionary(m => m.UserId, m => m.Name);
            var unmet = await db.CouncilChecks.AsNoTracking().Where(c => c.CouncilId == councilId && c.Verdict == Verdict.NotMet).ToListAsync(ct);
            reasons = string.Join("\n", votes.Where(v => v.Vote == Vote.Disagree).Select(v => $"{names[v.UserId]}: {v.Reason}")
                .Concat(unmet.Select(c => $"{names[c.UserId]} — {DomainTexts.Label(c.Criterion, DomainTexts.Vietnamese)}: {c.Note ?? "không đạt"}")));
            reasons = string.IsNullOrWhiteSpace(reasons) ? "Không đủ số phiếu đồng ý theo quy tắc của hội đồng." : reasons;
            dataset.Reject(reasons);
        }

        council.Close(certified, reasons, actor, now);
        var leaders = tree.People.Where(p => p.IsInRole(Role.CityLeader)).Select(p => p.Id);
        var told = tree.StewardsOf(dataset.OwnerUnitId).Concat(leaders).Concat(council.Members.Select(m => m.UserId)).Distinct().Where(id => id != actor.UserId);
        var outcome = $"{dataset.Name} — {(certified ? "Đạt chuẩn" : "Không đạt")}";
        var notifications = told.Select(id => Notification.Create(id, NotificationKinds.CouncilOutcome, new NotificationText(NotificationKinds.CouncilOutcome, outcome), $"/councils/{council.Id}", now)).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveAsAsync(actor, ct);
        await transaction.CommitAsync(ct);
        await _services.Publisher.PublishAsync(notifications.Select(NotificationMessage.From).ToList(), ct);
        await _services.Publisher.PublishChangeAsync(new EntityChange(EntityChange.Councils, council.Id), CouncilAccess.Rule.Audience(council, tree), ct);
        await _services.Publisher.PublishChangeAsync(new EntityChange(EntityChange.Datasets, dataset.Id), DatasetAccess.Rule.Audience(dataset, tree), ct);
        return certified;
    }

    /// <summary>
    /// The first statement of every council write: moves <see cref="Council.Activity"/> only while the council is open.
    /// It takes the write lock (SQLite) or the row lock (PostgreSQL), so a vote and the close are ordered: a vote before
    /// the close counts, a vote after it is refused.
    /// </summary>
    private static async Task LockOpenAsync(WorkspaceDbContext db, Guid councilId, CancellationToken ct)
    {
        var open = await db.Database.ExecuteSqlAsync(
            $"UPDATE \"Councils\" SET \"Activity\" = \"Activity\" + 1 WHERE \"Id\" = {councilId} AND \"State\" = {nameof(CouncilState.Open)}", ct);
        if (open == 0)
        {
            throw new DomainException(Council.ClosedMessage);
        }
    }

    private async Task AsMemberAsync(Guid councilId, CouncilOperation operation, Func<WorkspaceDbContext, Council, Actor, DateTime, Task> apply, CancellationToken ct)
    {
        var actor = _services.CurrentUser.Require();
        await using var db = await _services.Db.CreateDbContextAsync(ct);
        var tree = await _services.Organization.TreeAsync(db, ct);
        var council = await db.Councils.AsNoTracking().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == councilId, ct);
        if (council is null)
        {
            throw new NotFoundException(CouncilAccess.NotFound);
        }

        CouncilAccess.Rule.Demand(CouncilAccess.Rule.RelationOf(actor, council, tree), operation, council);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockOpenAsync(db, councilId, ct);
        await apply(db, council, actor, _services.Clock.GetUtcNow().UtcDateTime);
        await db.SaveAsAsync(actor, ct);
        await transaction.CommitAsync(ct);
        await _services.Publisher.PublishChangeAsync(new EntityChange(EntityChange.Councils, council.Id), CouncilAccess.Rule.Audience(council, tree), ct);
    }
}
