using System.Security.Cryptography;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.SignIn;

/// <summary>
/// A key of the built-in sign-in provider, kept in the database so every instance signs and encrypts with the same
/// ones and a restart keeps them (a code issued by one node is redeemed at another; an id_token signed on one is checked
/// on another). Made once, by whichever instance asks first. The city SSO replaces the built-in provider in production.
/// </summary>
public sealed class ProviderKey
{
    public const string Signing = "signing-rsa";
    public const string Encryption = "encryption-aes256";

    private ProviderKey()
    {
        Name = null!;
        Value = null!;
    }

    public string Name { get; private set; }

    /// <summary>The key, base64: PKCS#8 for the RSA signing key, the raw 32 bytes for the encryption key.</summary>
    public string Value { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    internal static ProviderKey Make(string name, DateTime nowUtc)
    {
        byte[] value;
        if (name == Signing)
        {
            using var rsa = RSA.Create(2048);
            value = rsa.ExportPkcs8PrivateKey();
        }
        else
        {
            value = RandomNumberGenerator.GetBytes(32);
        }

        return new ProviderKey { Name = name, Value = Convert.ToBase64String(value), CreatedAtUtc = nowUtc };
    }

    /// <summary>The key's bytes, made and stored first if no instance has made it yet.</summary>
    public static async Task<byte[]> GetOrCreateAsync(IDbContextFactory<WorkspaceDbContext> dbFactory, string name, TimeProvider clock, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.ProviderKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Name == name, ct) is { } existing)
        {
            return Convert.FromBase64String(existing.Value);
        }

        var made = Make(name, clock.GetUtcNow().UtcDateTime);
        db.ProviderKeys.Add(made);
        try
        {
            await db.SaveChangesAsync(ct);
            return Convert.FromBase64String(made.Value);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another instance made it at the same moment: use theirs.
            await using var again = await dbFactory.CreateDbContextAsync(ct);
            return Convert.FromBase64String((await again.ProviderKeys.AsNoTracking().SingleAsync(k => k.Name == name, ct)).Value);
        }
    }
}
