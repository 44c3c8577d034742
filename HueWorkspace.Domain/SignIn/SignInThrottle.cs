using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.SignIn;

/// <summary>
/// Slows password guessing at the built-in sign-in page: after <see cref="MaxFailuresPerAccount"/> wrong passwords for
/// one name since its last success, or <see cref="MaxFailuresPerAddress"/> from one address, within
/// <see cref="Window"/>, further tries are refused until the window has moved on. Counted from the attempts in the
/// database, so every instance of the app sees the same count (no state in one process).
/// </summary>
public sealed class SignInThrottle(IDbContextFactory<WorkspaceDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxFailuresPerAccount = 5;
    public const int MaxFailuresPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Who the attempts are recorded as in the audit trail: nobody is signed in yet.</summary>
    public static readonly Actor Visitor = new(null, "Khách (chưa đăng nhập)", null, new HashSet<Organization.Role>());

    /// <summary>How long until <paramref name="userName"/> may try again from <paramref name="address"/>; null when now.</summary>
    public async Task<TimeSpan?> WaitAsync(string userName, string address, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var name = Normalise(userName);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lastSuccess = await db.SignInAttempts.Where(a => a.UserName == name && a.Succeeded && a.AtUtc > since)
            .MaxAsync(a => (DateTime?)a.AtUtc, ct) ?? since;
        var byAccount = await db.SignInAttempts.Where(a => a.UserName == name && !a.Succeeded && a.AtUtc > lastSuccess)
            .OrderByDescending(a => a.AtUtc).Select(a => a.AtUtc).Take(MaxFailuresPerAccount).ToListAsync(ct);
        var byAddress = await db.SignInAttempts.Where(a => a.Address == address && !a.Succeeded && a.AtUtc > since)
            .OrderByDescending(a => a.AtUtc).Select(a => a.AtUtc).Take(MaxFailuresPerAddress).ToListAsync(ct);

        // Free again when the oldest of the counted failures leaves the window.
        DateTime? until = null;
        if (byAccount.Count >= MaxFailuresPerAccount)
        {
            until = byAccount[^1] + Window;
        }

        if (byAddress.Count >= MaxFailuresPerAddress && (until is null || byAddress[^1] + Window > until))
        {
            until = byAddress[^1] + Window;
        }

        return until is { } u && u > now ? u - now : null;
    }

    /// <summary>
    /// Records an attempt. A successful one is the person's own act and is recorded as theirs (their profile, or their
    /// account's name before the first sign-in made one); a failed one as a visitor's: nobody is proven yet.
    /// </summary>
    public async Task RecordAsync(string userName, string address, bool succeeded, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.SignInAttempts.Add(SignInAttempt.Create(userName, address, succeeded, clock.GetUtcNow().UtcDateTime));
        await db.SaveAsAsync(succeeded ? await PersonAsync(db, Normalise(userName), ct) : Visitor, ct);
    }

    private static async Task<Actor> PersonAsync(WorkspaceDbContext db, string userName, CancellationToken ct)
    {
        var profile = await db.UserProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserName == userName, ct);
        if (profile is not null)
        {
            return new Actor(profile.Id, profile.FullName, profile.UnitId, profile.Roles.ToHashSet());
        }

        var account = await db.BuiltInAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.UserName == userName, ct);
        return new Actor(null, account?.FullName ?? userName, null, new HashSet<Organization.Role>());
    }

    public static string Normalise(string userName)
    {
        var name = CleanText.Apply(userName).Trim().ToLowerInvariant();
        return name.Length <= BuiltInAccount.UserNameMaxLength ? name : name[..BuiltInAccount.UserNameMaxLength];
    }
}
