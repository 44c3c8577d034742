namespace HueWorkspace.Domain.Common;

/// <summary>
/// An aggregate that several people change. <see cref="Version"/> is an application-managed concurrency
/// token (SQLite has no rowversion): the audit interceptor gives it a new value on every update, and EF
/// refuses an update whose original value no longer matches.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

/// <summary>Changes to entities with this marker are written to the audit trail in the same transaction.</summary>
public interface IAudited;
