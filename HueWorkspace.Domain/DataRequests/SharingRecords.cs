using System.Security.Cryptography;
using System.Text;

namespace HueWorkspace.Domain.DataRequests;

/// <summary>
/// An access token issued to the requester for the API method: shown once, stored only as its SHA-256 hash, expiring
/// with the agreed term, revocable. It reads the request's data at <c>/api/shared/{request}</c> with a bearer header.
/// </summary>
public sealed class DataAccessToken
{
    private DataAccessToken()
    {
        Hash = null!;
        Prefix = null!;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the token.</summary>
    public string Hash { get; private set; }

    /// <summary>The first characters, to tell tokens apart in lists (not enough to use).</summary>
    public string Prefix { get; private set; }

    public DateOnly ExpiresOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    /// <summary>A new token and its row; the plain token leaves only once, to be shown to the requester.</summary>
    internal static (DataAccessToken Row, string Plain) Issue(Guid requestId, DateOnly expiresOn, DateTime nowUtc)
    {
        var plain = "hw_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new DataAccessToken
        {
            Id = Guid.CreateVersion7(),
            RequestId = requestId,
            Hash = HashOf(plain),
            Prefix = plain[..10],
            ExpiresOn = expiresOn,
            CreatedAtUtc = nowUtc,
        }, plain);
    }

    public static string HashOf(string plain) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));

    internal void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;
}

public enum SharingMethod
{
    File,
    Api,
}

/// <summary>
/// Nhật ký chia sẻ (Nghị định 47 Art. 45): every provision and every API read — when, to whom, what, how. Never changed;
/// listed per dataset and per requester, and all of it for the platform authority (Decision 41 Art. 32.8).
/// </summary>
public sealed class SharingLogEntry
{
    private SharingLogEntry()
    {
        What = null!;
        RequesterName = null!;
    }

    /// <summary>One row per dataset the request covers (so each dataset's log is complete), or one without a dataset.</summary>
    internal static IEnumerable<SharingLogEntry> For(DataRequest request, SharingMethod method, string what, DateTime atUtc) =>
        request.DatasetIds.Count == 0
            ? [new SharingLogEntry(request, null, method, what, atUtc)]
            : request.DatasetIds.Select(d => new SharingLogEntry(request, d, method, what, atUtc));

    private SharingLogEntry(DataRequest request, Guid? datasetId, SharingMethod method, string what, DateTime atUtc)
    {
        Id = Guid.CreateVersion7();
        RequestId = request.Id;
        DatasetId = datasetId;
        OwnerUnitId = request.OwnerUnitId;
        var requesterUnitId = request.RequesterUnitId;
        var requesterName = request.RequesterName;
        RequesterUnitId = requesterUnitId;
        RequesterName = requesterName;
        Method = method;
        What = what;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid? DatasetId { get; private set; }

    /// <summary>The unit that shared it (kept on the row: a unit's log is one index walk).</summary>
    public Guid OwnerUnitId { get; private set; }

    public Guid RequesterUnitId { get; private set; }

    public string RequesterName { get; private set; }

    public SharingMethod Method { get; private set; }

    public string What { get; private set; }

    public DateTime AtUtc { get; private set; }
}
