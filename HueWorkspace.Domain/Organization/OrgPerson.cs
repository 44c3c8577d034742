using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Organization;

/// <summary>A person as the organisation knows them: their unit and roles (the cached copy of a <see cref="UserProfile"/>).</summary>
public sealed record OrgPerson(Guid Id, string FullName, string? UserName, Guid? UnitId, IReadOnlySet<Role> Roles, string? Position = null)
{
    public bool IsAssigned => UnitId is not null && Roles.Count > 0;

    /// <summary>Leads a unit (unit leader) or the city (city leader).</summary>
    public bool IsLeader => IsInAnyRole(Role.UnitLeader, Role.CityLeader);

    public bool IsInRole(Role role) => Roles.Contains(role);

    public bool IsInAnyRole(params Role[] roles) => roles.Any(Roles.Contains);

    /// <summary>The person as the actor of a step, for asking an access rule how they stand to a record.</summary>
    public Actor AsActor() => new(Id, FullName, UnitId, Roles);

    public static OrgPerson From(UserProfile profile) =>
        new(profile.Id, profile.FullName, profile.UserName, profile.UnitId, profile.Roles.ToHashSet(), profile.Position);

    /// <summary>The person as a picker names them: <see cref="PersonLabel.Of"/>.</summary>
    public string Label(string? unitName) => PersonLabel.Of(FullName, Position, unitName);
}

/// <summary>How a person is named where someone picks them: with their post, so two namesakes and two deputies are told apart.</summary>
public static class PersonLabel
{
    /// <summary>"Lê Minh Tâm — Chủ tịch UBND thành phố"; without a post, "Lê Minh Tâm (UBND thành phố Huế)".</summary>
    public static string Of(string fullName, string? position, string? unitName) =>
        !string.IsNullOrWhiteSpace(position) ? $"{fullName} — {position}"
        : !string.IsNullOrWhiteSpace(unitName) ? $"{fullName} ({unitName})"
        : fullName;
}

/// <summary>
/// The organisation — units and people with their units and roles — as one snapshot per process and database, read again
/// only when the organisation changed (<see cref="ChangeStamp.Organization"/>, moved in the same transaction as any unit,
/// person, unit or role change, by whichever instance made it). Every module reads the tree through it.
/// </summary>
public sealed class OrganizationDirectory() : StampedCache<OrgTree>(ChangeStamp.Organization)
{
    public Task<OrgTree> TreeAsync(WorkspaceDbContext db, CancellationToken ct) => GetAsync(db, ct);

    protected override async Task<OrgTree> LoadAsync(WorkspaceDbContext db, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var people = await db.UserProfiles.AsNoTracking().ToListAsync(ct);
        return new OrgTree(units, people.Select(OrgPerson.From));
    }
}
