using System.Security.Cryptography;
using HueWorkspace.Domain.Common;

namespace HueWorkspace.Web.Reports;

/// <summary>
/// The last line of every paper: when it was printed, the record's number when it has one ("YC-2026-0005", "Số đến
/// 12/2026"), and a short code a person can read out on the telephone instead of the record's internal id.
/// </summary>
public static class PaperFooter
{
    /// <summary>Crockford's base 32: no I, L, O or U, so a code read aloud is not misheard.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Eight characters from the id's hash, in two groups: "7F3K-Q9MD". The same id always gives the same code.</summary>
    public static string Code(Guid id)
    {
        var hash = SHA256.HashData(id.ToByteArray());
        var bits = ((ulong)hash[0] << 32) | ((ulong)hash[1] << 24) | ((ulong)hash[2] << 16) | ((ulong)hash[3] << 8) | hash[4];
        var chars = new char[8];
        for (var i = 7; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    /// <param name="reference">The record's number as people say it: "Số yêu cầu: YC-2026-0005", "Số đến: 12/2026".</param>
    public static string Line(DateTime nowUtc, string? reference = null, Guid? id = null) =>
        $"In từ Nền tảng làm việc số lúc {VietnamTime.FormatDateTime(nowUtc)}."
        + (reference is { Length: > 0 } ? $" {reference}." : "")
        + (id is { } i ? $" Mã tra cứu: {Code(i)}." : "");
}
