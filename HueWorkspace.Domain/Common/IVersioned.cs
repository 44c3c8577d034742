namespace HueWorkspace.Domain.Common;

/// <summary>
/// An aggregate that several people change. <see cref="Version"/> is an application-managed concurrency
/// token (SQLite has no rowversion): the audit interceptor gives it a new value on every update — including an
/// update of one of its <see cref="IAggregateChild{TRoot}"/> rows — and EF refuses an update whose original value
/// no longer matches.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

/// <summary>Changes to entities with this marker are written to the audit trail in the same transaction.</summary>
public interface IAudited
{
    /// <summary>How a person names the record ("YC-2026-0005", a task's title): written with each audit entry of it, so the
    /// trail reads "Yêu cầu khai thác dữ liệu YC-2026-0005" rather than an id, even after the record changed or went.</summary>
    string AuditLabel { get; }
}

/// <summary>
/// A row that belongs to an aggregate (a task's unit, a timeline entry, a council member's vote). Adding, changing or
/// removing it is a change to <typeparamref name="TRoot"/>: the root's version moves, so a form opened on the old
/// version conflicts, and an audit row naming the child and its root is written. The root must be loaded (tracked)
/// in the same context when a child changes.
/// </summary>
public interface IAggregateChild<TRoot> where TRoot : class, IVersioned
{
    /// <summary>The key of the aggregate root this row belongs to.</summary>
    Guid RootId { get; }
}
