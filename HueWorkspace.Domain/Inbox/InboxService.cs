using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;

namespace HueWorkspace.Domain.Inbox;

/// <summary>Which part of the inbox is asked: one module or all, and the page (from 0).</summary>
public sealed record InboxQuery(InboxModule? Module = null, int Page = 0, int PageSize = 20);

/// <summary>One line of the inbox as the page shows it: the step, since when, the deadline in working days, late or not.</summary>
public sealed record InboxItem(InboxModule Module, Guid RecordId, string? Reference, string Title, string Link, string Step, DateTime SinceUtc,
    DateOnly? Due, int? WorkingDaysLeft, bool IsOverdue, bool FollowUp);

/// <summary>A page of the inbox, how many wait in each module (the menu's counts) and how many of them are late.</summary>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Total, IReadOnlyDictionary<InboxModule, int> Counts, int Overdue)
{
    public int CountOf(InboxModule module) => Counts.GetValueOrDefault(module);
}

/// <summary>Who holds a record's step now, by name and unit, for its page ("Đang chờ: …").</summary>
public sealed record WaitingNow(string Step, IReadOnlyList<WaitingHolder> Holders, DateTime SinceUtc, DateOnly? Due, bool IsOverdue);

public sealed record WaitingHolder(Guid Id, string Name, string? UnitName);

/// <summary>
/// "Việc chờ tôi" (docs/decisions/0011-inbox.md): everything whose next step the signed-in person holds, from each module's
/// <see cref="IInboxSource"/> — one query each — merged, late first, then by deadline and by how long it has waited.
/// </summary>
public sealed class InboxService(WorkflowServices services, IEnumerable<IInboxSource> sources)
{
    private readonly IReadOnlyList<IInboxSource> _sources = [.. sources.OrderBy(s => s.Module)];

    /// <summary>One page of the person's inbox, of one module or of all, with every module's count.</summary>
    public async Task<InboxPage> ListAsync(InboxQuery query, CancellationToken ct = default)
    {
        var (module, page, pageSize) = (query.Module, query.Page, query.PageSize);
        var actor = services.CurrentUser.Actor;
        if (actor is not { IsAssigned: true })
        {
            return new InboxPage([], 0, new Dictionary<InboxModule, int>(), 0);
        }

        pageSize = Math.Clamp(pageSize, 1, Paging.MaxPageSize);
        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var calendar = await services.Calendar.GetAsync(db, ct);
        var today = VietnamTime.Today(services.Clock);
        var slice = new InboxSlice(db, actor, tree, today, calendar);
        var me = actor.UserId!.Value;
        var all = new List<InboxItem>();
        foreach (var source in _sources)
        {
            foreach (var entry in await source.WaitingForAsync(slice, ct))
            {
                var step = entry.Step;
                all.Add(new InboxItem(entry.Module, entry.RecordId, entry.Reference, entry.Title, entry.Link, step.Step, step.SinceUtc, step.Due,
                    step.Due is { } due ? calendar.CountWorkingDays(today, due) : null, step.IsLate(today), !step.Holders.Contains(me)));
            }
        }

        var counts = all.GroupBy(i => i.Module).ToDictionary(g => g.Key, g => g.Count());
        var shown = all.Where(i => module is null || i.Module == module)
            .OrderByDescending(i => i.IsOverdue).ThenBy(i => i.Due ?? DateOnly.MaxValue).ThenBy(i => i.SinceUtc).ThenBy(i => i.RecordId).ToList();
        // A page far past the end (an address can ask for page 2 147 483 647) is an empty page, never a wrapped-round first one.
        var first = (int)Math.Min((long)Math.Max(0, page) * pageSize, int.MaxValue);
        return new InboxPage(shown.Skip(first).Take(pageSize).ToList(), shown.Count, counts, all.Count(i => i.IsOverdue));
    }

    /// <summary>What one record waits for and who holds it, by name (nothing for a record the person may not see).</summary>
    public async Task<IReadOnlyList<WaitingNow>> WaitingOnAsync(InboxModule module, Guid id, CancellationToken ct = default)
    {
        var actor = services.CurrentUser.Actor;
        if (actor is not { IsAssigned: true })
        {
            return [];
        }

        await using var db = await services.Db.CreateDbContextAsync(ct);
        var tree = await services.Organization.TreeAsync(db, ct);
        var calendar = await services.Calendar.GetAsync(db, ct);
        var today = VietnamTime.Today(services.Clock);
        var source = _sources.Single(s => s.Module == module);
        var steps = await source.WaitingOnAsync(new InboxSlice(db, actor, tree, today, calendar), id, ct);
        // One line per step and deadline, with everyone who holds it (each member of a council checks the same criteria).
        return steps.GroupBy(s => (s.Step, s.Due)).Select(g => new WaitingNow(g.Key.Step, g.SelectMany(s => s.Holders).Distinct()
                .Select(tree.Person).OfType<OrgPerson>().Select(p => new WaitingHolder(p.Id, p.FullName, p.UnitId is { } u ? tree.Find(u)?.Name : null)).ToList(),
                g.Min(s => s.SinceUtc), g.Key.Due, g.Any(s => s.IsLate(today))))
            .ToList();
    }
}
