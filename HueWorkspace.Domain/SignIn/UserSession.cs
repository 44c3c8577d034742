using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.SignIn;

/// <summary>A sign-in session of the app (one cookie). Signing out or losing one's assignment revokes it on the server.</summary>
public sealed class UserSession
{
    private UserSession()
    {
        Subject = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The SSO subject the session belongs to.</summary>
    public string Subject { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    internal static UserSession Start(string subject, DateTime nowUtc) =>
        new() { Id = Guid.CreateVersion7(), Subject = subject, CreatedAtUtc = nowUtc };
}

/// <summary>Server-side record of app sessions: a copied cookie stops working once its session is revoked.</summary>
public sealed class SessionService(IDbContextFactory<WorkspaceDbContext> dbFactory, TimeProvider clock)
{
    public async Task<Guid> StartAsync(string subject, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = UserSession.Start(subject, clock.GetUtcNow().UtcDateTime);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    public async Task<bool> IsActiveAsync(Guid id, string subject, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.UserSessions.AnyAsync(s => s.Id == id && s.Subject == subject && s.RevokedAtUtc == null, ct);
    }

    /// <summary>Ends one session (signing out).</summary>
    public async Task RevokeAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.UserSessions.Where(s => s.Id == id && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAtUtc, now), ct);
    }

    /// <summary>Ends every session of a person (an administrator removed their assignment).</summary>
    public static Task RevokeAllAsync(WorkspaceDbContext db, string subject, DateTime nowUtc, CancellationToken ct = default) =>
        db.UserSessions.Where(s => s.Subject == subject && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAtUtc, nowUtc), ct);
}
