using HueWorkspace.Domain.Common;

namespace HueWorkspace.Domain.Datasets;

/// <summary>An existing dataset close to the one being registered, with how close (0–1).</summary>
public sealed record SimilarDataset(Guid Id, string Name, string OwnerName, DatasetState State, double Score);

/// <summary>
/// "No dataset may be built when another with the same content exists" (Art. 4.2b): how close two descriptions are,
/// ignoring diacritics, case and word order — the words of the names (most weight), of the descriptions and of the field
/// names, each compared as sets (Sørensen–Dice). Pure, so each rule is a unit test.
/// </summary>
public static class DuplicateCheck
{
    /// <summary>Shown to the person typing from this score up.</summary>
    public const double SuggestFrom = 0.35;

    /// <summary>From this score up, registering needs a written justification and the platform authority is told.</summary>
    public const double NearDuplicateFrom = 0.6;

    /// <summary>Words that say nothing about what a dataset holds.</summary>
    private static readonly HashSet<string> Stop =
    [
        "du", "lieu", "bo", "co", "so", "cua", "va", "cac", "nhung", "tren", "dia", "ban", "thanh", "pho", "hue", "tinh", "ve", "cho", "theo", "tai", "trong",
        "danh", "sach", "thong", "tin", "nam", "la", "mot", "de", "voi", "duoc", "tu", "den",
    ];

    public static IReadOnlyList<string> Words(string? text) =>
        TextSearch.Normalize(text).Split([' ', ',', '.', ';', ':', '-', '/', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && !Stop.Contains(w)).Distinct().ToList();

    /// <summary>Sørensen–Dice over word sets: 1 for the same words in any order, 0 for none in common.</summary>
    public static double Dice(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Intersect(b).Count() / (a.Count + b.Count);

    /// <summary>
    /// The closeness of a typed description to an existing one: the names weigh 0.6, the descriptions 0.2 and the fields
    /// 0.2; a part the person has not typed yet is left out and the others are weighed up.
    /// </summary>
    public static double Score(Words typed, Words existing)
    {
        var parts = new List<(double Weight, double Score)> { (0.6, Dice(typed.Name, existing.Name)) };
        if (typed.Description.Count > 0)
        {
            parts.Add((0.2, Dice(typed.Description, existing.Description)));
        }

        if (typed.Fields.Count > 0)
        {
            parts.Add((0.2, Dice(typed.Fields, existing.Fields)));
        }

        return Math.Round(parts.Sum(p => p.Weight * p.Score) / parts.Sum(p => p.Weight), 3);
    }

    public static Words Of(string? name, string? description, IEnumerable<string?> fields) =>
        new(Words(name), Words(description), Words(string.Join(' ', fields)));
}

public sealed record Words(IReadOnlyList<string> Name, IReadOnlyList<string> Description, IReadOnlyList<string> Fields);
