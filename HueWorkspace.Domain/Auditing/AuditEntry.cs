namespace HueWorkspace.Domain.Auditing;

/// <summary>
/// One change, written in the same transaction as the change itself. Entries are never updated or
/// deleted through the app: the interceptor refuses it.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 32;
    public const int EntityTypeMaxLength = 100;
    public const int EntityIdMaxLength = 100;
    public const int ActorNameMaxLength = 150;
    public const int LabelMaxLength = 200;

    private AuditEntry()
    {
        ActorName = null!;
        Action = null!;
        EntityType = null!;
        EntityId = null!;
        Changes = null!;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public Guid? ActorUnitId { get; private set; }

    /// <summary>Created, Updated or Deleted.</summary>
    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>The aggregate the changed row belongs to (itself for a root): "everything that happened to this task".</summary>
    public string? AggregateType { get; private set; }

    public string? AggregateId { get; private set; }

    /// <summary>How a person names the aggregate at the time of the change (<see cref="Common.IAudited.AuditLabel"/>): "YC-2026-0005".</summary>
    public string? AggregateLabel { get; private set; }

    /// <summary>The label normalised (<see cref="Common.TextSearch"/>): the audit page finds a record by it without diacritics.</summary>
    public string? AggregateSearch { get; private set; }

    /// <summary>JSON object: property → [old, new] (new only for a creation, old only for a deletion).</summary>
    public string Changes { get; private set; }

    internal static AuditEntry Create(DateTime atUtc, Common.Actor actor, string action, string entityType, string entityId, string changes,
        string? aggregateType = null, string? aggregateId = null, string? aggregateLabel = null) => new()
    {
        AtUtc = atUtc,
        ActorId = actor.UserId,
        ActorName = actor.Name.Length <= ActorNameMaxLength ? actor.Name : actor.Name[..ActorNameMaxLength],
        ActorUnitId = actor.UnitId,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Changes = changes,
        AggregateType = aggregateType ?? entityType,
        AggregateId = aggregateId ?? entityId,
        AggregateLabel = aggregateLabel is null ? null : aggregateLabel.Length <= LabelMaxLength ? aggregateLabel : aggregateLabel[..(LabelMaxLength - 1)] + "…",
        AggregateSearch = aggregateLabel is null ? null : Clip(Common.TextSearch.Normalize(aggregateLabel)),
    };

    private static string Clip(string value) => value.Length <= LabelMaxLength ? value : value[..LabelMaxLength];
}
