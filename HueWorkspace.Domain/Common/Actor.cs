using HueWorkspace.Domain.Organization;

namespace HueWorkspace.Domain.Common;

/// <summary>Who is acting: the signed-in person with their unit and roles, or the system itself.</summary>
public sealed record Actor(Guid? UserId, string Name, Guid? UnitId, IReadOnlySet<Role> Roles)
{
    /// <summary>Start-up work such as seeding; recorded in the audit trail as "Hệ thống".</summary>
    public static Actor System { get; } = new(null, "Hệ thống", null, new HashSet<Role>());

    public bool IsAssigned => UserId is not null && UnitId is not null && Roles.Count > 0;

    public bool IsInRole(Role role) => Roles.Contains(role);

    public bool IsInAnyRole(params Role[] roles) => roles.Any(Roles.Contains);

    /// <summary>Leads a unit (unit leader) or the city (city leader): sees the subtree of their unit (Art. 18.2).</summary>
    public bool IsLeader => IsInAnyRole(Role.UnitLeader, Role.CityLeader);

    /// <summary>Not one of the city's staff: unassigned, or an outside organisation's data requester (Art. 27.2) only.</summary>
    public bool IsOutsider => !IsAssigned || Roles.All(r => r == Role.DataRequester);
}

/// <summary>The person on whose behalf a domain service runs. The web host implements it from the sign-in.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in, assigned person; null when nobody is signed in.</summary>
    Actor? Actor { get; }
}

public static class CurrentUserExtensions
{
    /// <summary>The acting person, or a Vietnamese refusal when nobody with an assignment is signed in.</summary>
    public static Actor Require(this ICurrentUser currentUser) =>
        currentUser.Actor is { IsAssigned: true } actor
            ? actor
            : throw new ForbiddenException("Bạn cần đăng nhập và được phân công đơn vị, vai trò để thực hiện thao tác này.");
}

public static class ActorExtensions
{
    public static Actor RequireAdministrator(this Actor actor) =>
        actor.IsInRole(Role.Administrator) ? actor : throw new ForbiddenException("Chỉ quản trị hệ thống được thực hiện thao tác này.");
}
