using System.Security.Cryptography;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.SignIn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace HueWorkspace.Web.Auth.BuiltInProvider;

/// <summary>
/// Gives the built-in provider its signing and encryption keys from the database (<see cref="ProviderKey"/>), made once
/// by whichever instance needs them first. Read when the provider's options are first built — at the first sign-in
/// request, after the migrations have run.
/// </summary>
internal sealed class ProviderKeyOptions(IDbContextFactory<WorkspaceDbContext> dbFactory, TimeProvider clock) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        var signing = ProviderKey.GetOrCreateAsync(dbFactory, ProviderKey.Signing, clock).GetAwaiter().GetResult();
        var encryption = ProviderKey.GetOrCreateAsync(dbFactory, ProviderKey.Encryption, clock).GetAwaiter().GetResult();

        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(signing, out _);
        var key = new RsaSecurityKey(rsa) { KeyId = Convert.ToHexStringLower(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16] };
        options.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(new SymmetricSecurityKey(encryption), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
