using System.Collections.Concurrent;
using System.Text.Json;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HueWorkspace.Domain.Auditing;

/// <summary>
/// Before every save: refuses changes to the audit trail; treats a change to an <see cref="IAggregateChild{TRoot}"/>
/// row as a change to its root; gives each modified <see cref="IVersioned"/> a new version (so a concurrent change
/// through any child of the same aggregate conflicts); and adds one <see cref="AuditEntry"/> per changed
/// <see cref="IAudited"/> entity or aggregate child, so the change and its audit rows commit together; and moves the
/// <see cref="ChangeStamp"/> of cached reference data (the organisation, the calendar) it changes. A save with
/// audited changes and no <see cref="WorkspaceDbContext.Actor"/> is a programming error and throws.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<Type, (Type Root, Func<object, Guid> RootId)?> Children = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is not WorkspaceDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Any(e => e.Entity is AuditEntry && e.State != EntityState.Added))
        {
            throw new InvalidOperationException("Audit entries are never changed or deleted.");
        }

        // A child's change is the root's change: the root's version moves even when none of its own columns did.
        var children = new Dictionary<EntityEntry, EntityEntry>();
        foreach (var entry in changed)
        {
            if (ChildOf(entry.Entity.GetType()) is { } child)
            {
                children[entry] = RootOf(db, entry, child.Root, child.RootId(entry.Entity));
            }
        }

        var versionOnly = new HashSet<EntityEntry>();
        foreach (var root in children.Values.Distinct())
        {
            if (root.State == EntityState.Unchanged)
            {
                // Only the version is written, under the version that was loaded: a concurrent change through another
                // child (or the root itself) makes one of the two saves fail instead of both succeeding.
                ((IVersioned)root.Entity).Version = Guid.NewGuid();
                root.Property(nameof(IVersioned.Version)).IsModified = true;
                versionOnly.Add(root);
            }
        }

        var entries = new List<AuditEntry>();
        foreach (var entry in changed)
        {
            if (entry.State == EntityState.Modified && entry.Entity is IVersioned versioned)
            {
                versioned.Version = Guid.NewGuid();
                entry.Property(nameof(IVersioned.Version)).IsModified = true;
            }

            var isChild = children.TryGetValue(entry, out var childRoot);
            if (entry.Entity is AuditEntry || !(entry.Entity is IAudited || isChild))
            {
                continue;
            }

            var actor = db.Actor ?? throw new InvalidOperationException(
                $"Saving a change to {entry.Metadata.ClrType.Name} without an actor: set WorkspaceDbContext.Actor first.");
            entries.Add(AuditEntry.Create(now, actor, entry.State switch
            {
                EntityState.Added => "Created",
                EntityState.Deleted => "Deleted",
                EntityState.Modified => "Updated",
                EntityState.Unchanged or EntityState.Detached => throw new InvalidOperationException($"Auditing an unchanged {entry.Metadata.ClrType.Name}."),
            }, entry.Metadata.ClrType.Name, KeyOf(entry), Describe(entry),
                isChild ? childRoot!.Metadata.ClrType.Name : null, isChild ? KeyOf(childRoot!) : null,
                ((isChild ? childRoot!.Entity : entry.Entity) as IAudited)?.AuditLabel));
        }

        if (db.AppendInTransaction && db.Database.CurrentTransaction is not null)
        {
            // The action pipeline writes them in its transaction after the save (AppendOnlyRows).
            db.PendingAppends.AddRange(entries);
        }
        else
        {
            db.AuditEntries.AddRange(entries);
        }

        MoveStamps(db, changed);
    }

    /// <summary>
    /// A change to the organisation or the calendar moves its <see cref="ChangeStamp"/> in the same save, so every instance's
    /// cached copy is read again at its next use (<see cref="StampedCache{T}"/>).
    /// </summary>
    private static void MoveStamps(WorkspaceDbContext db, IEnumerable<EntityEntry> changed)
    {
        var keys = new HashSet<string>();
        foreach (var entry in changed)
        {
            if (entry.Entity is Organization.Unit or Organization.UserProfile)
            {
                keys.Add(ChangeStamp.Organization);
            }
            else if (entry.Entity is Calendar.CalendarDay)
            {
                keys.Add(ChangeStamp.Calendar);
            }
        }

        foreach (var key in keys)
        {
            var stamp = db.ChangeStamps.Local.FirstOrDefault(s => s.Key == key) ?? db.ChangeStamps.Attach(new ChangeStamp(key, Guid.Empty)).Entity;
            stamp.Value = Guid.NewGuid();
            db.Entry(stamp).Property(s => s.Value).IsModified = true;
        }
    }

    private static (Type Root, Func<object, Guid> RootId)? ChildOf(Type type) => Children.GetOrAdd(type, t =>
    {
        var contract = t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAggregateChild<>));
        if (contract is null)
        {
            return null;
        }

        var getter = contract.GetProperty(nameof(IAggregateChild<IVersioned>.RootId))!;
        return (contract.GetGenericArguments()[0], entity => (Guid)getter.GetValue(entity)!);
    });

    /// <summary>The tracked root of a child row; a child changed without its root loaded is a programming error.</summary>
    private static EntityEntry RootOf(WorkspaceDbContext db, EntityEntry child, Type rootType, Guid rootId)
    {
        return db.ChangeTracker.Entries().FirstOrDefault(e => e.Metadata.ClrType == rootType && Equals(e.Property("Id").CurrentValue, rootId))
            ?? throw new InvalidOperationException(
                $"{child.Metadata.ClrType.Name} changed without its {rootType.Name} {rootId} loaded in the same context: load the aggregate first.");
    }
    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        }));

    private static string Describe(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name.TrimStart('_');
            name = char.ToUpperInvariant(name[0]) + name[1..];
            if (name is nameof(IVersioned.Version) or "SearchText")
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = [property.CurrentValue];
                    break;
                case EntityState.Deleted:
                    changes[name] = [property.OriginalValue, null];
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = [property.OriginalValue, property.CurrentValue];
                    break;
            }
        }

        return JsonSerializer.Serialize(changes, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
