namespace HueWorkspace.Domain.Common;

/// <summary>Page arithmetic for every list: a page past the end is empty, never the first page again.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    public static int Size(int pageSize) => Math.Clamp(pageSize, 1, MaxPageSize);

    /// <summary>
    /// Rows before page <paramref name="page"/> (0-based). Computed in 64 bits: page 2 147 483 647 × 20 once wrapped to a
    /// negative number and showed the first page; now it is past the end (clamped to int.MaxValue rows) and empty.
    /// </summary>
    public static int Offset(int page, int pageSize) => (int)Math.Min((long)Math.Max(page, 0) * Math.Max(pageSize, 1), int.MaxValue);
}
