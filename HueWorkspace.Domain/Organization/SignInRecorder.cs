using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Organization;

/// <summary>
/// Creates a person's profile the first time they sign in through the SSO and keeps name and e-mail in step
/// afterwards. It never grants a unit or a role: that is an administrator's decision.
/// </summary>
public sealed class SignInRecorder(IDbContextFactory<WorkspaceDbContext> dbFactory, TimeProvider clock)
{
    public async Task<UserProfile> RecordAsync(string subject, string? fullName, string? email, string? userName, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await db.UserProfiles.SingleOrDefaultAsync(u => u.Subject == subject, ct);
        if (profile is null)
        {
            profile = UserProfile.FromSignIn(subject, fullName, email, userName, now);
            db.UserProfiles.Add(profile);
        }
        else if (profile.MatchesSignIn(fullName, email, userName))
        {
            // Only the time moves: not an edit, so no new version that would make an administrator's open form conflict.
            await db.UserProfiles.Where(u => u.Id == profile.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.LastSignInUtc, now), ct);
            return profile;
        }
        else
        {
            profile.SyncFromSignIn(fullName, email, userName, now);
        }

        var self = new Actor(profile.Id, profile.FullName, profile.UnitId, profile.Roles.ToHashSet());
        try
        {
            await db.SaveAsAsync(self, ct);
        }
        catch (DbUpdateException) when (db.Entry(profile).State == EntityState.Added)
        {
            // Two first sign-ins of the same person at once: the other one created the profile.
            await using var retry = await dbFactory.CreateDbContextAsync(ct);
            return await retry.UserProfiles.AsNoTracking().SingleAsync(u => u.Subject == subject, ct);
        }

        return profile;
    }

    public async Task<UserProfile?> FindAsync(string subject, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(u => u.Subject == subject, ct);
    }
}
