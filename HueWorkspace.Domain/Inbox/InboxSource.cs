using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;

namespace HueWorkspace.Domain.Inbox;

/// <summary>The modules that put work in a person's inbox, in the order the menu and the inbox list them.</summary>
public enum InboxModule
{
    Tasks,
    Incoming,
    Outgoing,
    DataRequests,
    Councils,
    Datasets,
}

/// <summary>
/// A module's part of the inbox ("Việc chờ tôi", docs/decisions/0011-inbox.md), answered by the module itself from its own
/// access rule and workflow: one query narrows to the records in a waiting state that the person stands to, and the rule's
/// <see cref="AccessRule{TRecord, TRelation, TOperation}.Holders"/> decides who holds each step. The inbox knows only this
/// interface; it merges the parts, sorts and pages them.
/// </summary>
public interface IInboxSource
{
    InboxModule Module { get; }

    /// <summary>What waits for the person in this module: each record's step they hold, or follow up once it is late.</summary>
    Task<IReadOnlyList<InboxEntry>> WaitingForAsync(InboxSlice slice, CancellationToken ct);

    /// <summary>What one record waits for now and who holds it (its page's "Đang chờ"); empty when nothing does or the person may not see it.</summary>
    Task<IReadOnlyList<WaitingStep>> WaitingOnAsync(InboxSlice slice, Guid id, CancellationToken ct);
}

/// <summary>Whose inbox is read, Huế's day and the working calendar (a step's deadline is told in working days).</summary>
public sealed record InboxSlice(WorkspaceDbContext Db, Actor Actor, OrgTree Tree, DateOnly Today, WorkingCalendar Calendar)
{
    /// <summary>
    /// The entries of <paramref name="records"/> (a module's candidates) whose steps wait for the person; <paramref name="describe"/>
    /// says what the inbox shows of a record: its id, its number (null when it has none), its title and its page.
    /// </summary>
    public IReadOnlyList<InboxEntry> EntriesOf<T>(InboxModule module, IEnumerable<T> records, Func<T, IEnumerable<WaitingStep>> waiting,
        Func<T, (Guid Id, string? Reference, string Title, string Link)> describe)
    {
        var me = Actor.UserId!.Value;
        return [.. records.SelectMany(r => waiting(r).Where(s => s.WaitsFor(me, Today)).Select(s => (Record: describe(r), Step: s)))
            .Select(x => new InboxEntry(module, x.Record.Id, x.Record.Reference, x.Record.Title, x.Record.Link, x.Step))];
    }

    /// <summary>What <paramref name="records"/> (one record, loaded by id) wait for, if the person <paramref name="sees"/> them (the rule's relation).</summary>
    public IReadOnlyList<WaitingStep> StepsOf<T>(IEnumerable<T> records, Func<T, bool> sees, Func<T, IEnumerable<WaitingStep>> waiting) =>
        [.. records.Where(sees).SelectMany(waiting)];
}

/// <summary>
/// One step a record waits for: what is asked (the operation's label), who holds it (from the access rule), who follows it
/// up once it is late (a registered document not presented in time: the office's leader, Nghị định 30 Art. 24.1), since
/// when, and by when (null: no deadline of its own).
/// </summary>
public sealed record WaitingStep(string Step, IReadOnlyList<Guid> Holders, DateTime SinceUtc, DateOnly? Due, IReadOnlyList<Guid> FollowUps)
{
    public WaitingStep(string step, IReadOnlyList<Guid> holders, DateTime sinceUtc, DateOnly? due)
        : this(step, holders, sinceUtc, due, [])
    {
    }

    /// <summary>Late on <paramref name="today"/>: its deadline has passed.</summary>
    public bool IsLate(DateOnly today) => Due is { } due && today > due;

    /// <summary>Whether it is in <paramref name="person"/>'s inbox: they hold it, or follow it up and it is late.</summary>
    public bool WaitsFor(Guid person, DateOnly today) => Holders.Contains(person) || IsLate(today) && FollowUps.Contains(person);
}

/// <summary>One line of a person's inbox: the record (its number, its title, its page) and the step that waits for them.</summary>
public sealed record InboxEntry(InboxModule Module, Guid RecordId, string? Reference, string Title, string Link, WaitingStep Step);
