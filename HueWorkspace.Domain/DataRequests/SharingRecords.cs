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

/// <summary>How a step of the sharing went: a file, the API, or the E-Form of this product (requests and answers, Art. 27.2).</summary>
public enum SharingMethod
{
    File,
    Api,
    EForm,
}

/// <summary>
/// What a line of the sharing log records (Nghị định 47 Art. 45: the time and form of the request and of the provision,
/// the requester, the content, the response, the data shared).
/// </summary>
public enum SharingLogKind
{
    /// <summary>The request was sent, with its channel.</summary>
    Requested,

    /// <summary>The owner agreed, with the term and the method.</summary>
    Approved,

    /// <summary>The owner refused in writing, with the reasons.</summary>
    Refused,

    /// <summary>Data was provided: files delivered or an API token issued.</summary>
    Provided,

    /// <summary>The requester downloaded a provided file.</summary>
    Downloaded,

    /// <summary>The requester's system read the data through the API.</summary>
    ApiRead,
}

/// <summary>
/// Nhật ký chia sẻ (Nghị định 47 Art. 45): the request (when, by which channel), the approval or the refusal with its
/// reasons, every provision, download and API read — when, to whom, what, how, and the person who received or acted.
/// Never changed; listed per dataset and per requester, and all of it for the platform authority (Decision 41 Art. 32.8).
/// </summary>
public sealed class SharingLogEntry
{
    private SharingLogEntry()
    {
        What = null!;
        RequesterName = null!;
    }

    /// <summary>One row per dataset the request covers (so each dataset's log is complete), or one without a dataset.</summary>
    internal static IEnumerable<SharingLogEntry> For(DataRequest request, SharingLogKind kind, SharingMethod method, string what, string? personName, DateTime atUtc) =>
        request.DatasetIds.Count == 0
            ? [new SharingLogEntry(request, null, kind, method, what, personName, atUtc)]
            : request.DatasetIds.Select(d => new SharingLogEntry(request, d, kind, method, what, personName, atUtc));

    private SharingLogEntry(DataRequest request, Guid? datasetId, SharingLogKind kind, SharingMethod method, string what, string? personName, DateTime atUtc)
    {
        Id = Guid.CreateVersion7();
        RequestId = request.Id;
        DatasetId = datasetId;
        OwnerUnitId = request.OwnerUnitId;
        var requesterUnitId = request.RequesterUnitId;
        var requesterName = request.RequesterName;
        RequesterUnitId = requesterUnitId;
        RequesterName = requesterName;
        Kind = kind;
        Method = method;
        What = what.Length <= WhatMaxLength ? what : what[..(WhatMaxLength - 1)] + "…";
        RequestNumber = request.Number;
        PersonName = personName is null || personName.Length <= Organization.UserProfile.NameMaxLength ? personName : personName[..Organization.UserProfile.NameMaxLength];
        AtUtc = atUtc;
    }

    public const int WhatMaxLength = DataRequest.ShortMaxLength * 2;

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid? DatasetId { get; private set; }

    /// <summary>The unit that shared it (kept on the row: a unit's log is one index walk).</summary>
    public Guid OwnerUnitId { get; private set; }

    public Guid RequesterUnitId { get; private set; }

    public string RequesterName { get; private set; }

    public SharingLogKind Kind { get; private set; }

    public SharingMethod Method { get; private set; }

    /// <summary>The request's number ("YC-2026-0005"), kept on the row so the log and its export name it as people do.</summary>
    public string? RequestNumber { get; private set; }

    /// <summary>Who received the data or acted: the requester's person, the steward who answered, the reading system.</summary>
    public string? PersonName { get; private set; }

    public string What { get; private set; }

    public DateTime AtUtc { get; private set; }
}
