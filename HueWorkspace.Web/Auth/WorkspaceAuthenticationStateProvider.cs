using HueWorkspace.Domain.Persistence;
using HueWorkspace.Web.Features.Notifications;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Web.Auth;

/// <summary>
/// A circuit's sign-in, kept current: a circuit starts with the identity of the request that opened it and would keep
/// it for hours, so when an administrator changes the person's unit or roles (a profile-changed push, from any
/// instance through the notifier), the workspace identity is read again and every component and domain service of the
/// circuit acts with the new powers at once — a removed role is refused on the next click, and a page the person may no
/// longer open shows the refusal. Requests (API, hub, page loads) read the profile on each request anyway.
/// </summary>
internal sealed class WorkspaceAuthenticationStateProvider(
    NotificationNotifier notifier,
    IDbContextFactory<WorkspaceDbContext> dbFactory,
    ILogger<WorkspaceAuthenticationStateProvider> logger)
    : AuthenticationStateProvider, IHostEnvironmentAuthenticationStateProvider, IDisposable
{
    private Task<AuthenticationState>? _state;
    private IDisposable? _subscription;

    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        _state ?? throw new InvalidOperationException($"Do not call {nameof(GetAuthenticationStateAsync)} outside of the DI scope for a Razor component.");

    public void SetAuthenticationState(Task<AuthenticationState> authenticationStateTask)
    {
        _state = authenticationStateTask ?? throw new ArgumentNullException(nameof(authenticationStateTask));
        NotifyAuthenticationStateChanged(_state);
        _ = WatchAsync(authenticationStateTask);
    }

    /// <summary>Once the circuit knows who it is, it listens for changes to that person's profile.</summary>
    private async Task WatchAsync(Task<AuthenticationState> state)
    {
        var user = (await state).User;
        if (_subscription is null && WorkspaceClaims.ToActor(user)?.UserId is { } userId)
        {
            _subscription = notifier.Subscribe(userId, batch => batch.Any(e => e.ProfileChanged) ? ReloadAsync() : Task.CompletedTask);
        }
    }

    private async Task ReloadAsync()
    {
        var current = (await GetAuthenticationStateAsync()).User;
        if (current.FindFirst(WorkspaceClaims.Subject)?.Value is not { } subject)
        {
            return;
        }

        var identity = await WorkspaceIdentity.LoadAsync(dbFactory, subject);
        logger.LogInformation("Profile of {Subject} changed: the open session takes the new unit and roles", subject);
        _state = Task.FromResult(new AuthenticationState(WorkspaceIdentity.Replace(current, identity)));
        NotifyAuthenticationStateChanged(_state);
    }

    public void Dispose() => _subscription?.Dispose();
}
