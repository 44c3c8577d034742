using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.SignIn;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Web.Auth.BuiltInProvider;

/// <summary>Checks passwords of the stand-in provider's accounts (hashed with ASP.NET Core's PBKDF2 hasher).</summary>
public sealed class BuiltInAccountStore(IDbContextFactory<WorkspaceDbContext> dbFactory, IPasswordHasher<BuiltInAccount> hasher)
{
    public async Task<BuiltInAccount?> FindBySubjectAsync(string? subject)
    {
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.BuiltInAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Subject == subject);
    }

    public async Task<BuiltInAccount?> VerifyAsync(string userName, string password)
    {
        var normalised = userName.Trim().ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync();
        var account = await db.BuiltInAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == normalised);
        if (account is null)
        {
            // Same work as a real check, so timing does not tell which names exist.
            hasher.VerifyHashedPassword(BuiltInAccount.Create("x", Dummy, "x", null), Dummy, password);
            return null;
        }

        return hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed ? null : account;
    }

    private static readonly string Dummy = new PasswordHasher<BuiltInAccount>().HashPassword(null!, "not-a-password");
}
