using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace HueWorkspace.Web.Features.Documents;

/// <summary>An incoming list's tab, filters and page as a query string: one link for the page, the API and the export.</summary>
public static class IncomingListQueryString
{
    public static IncomingListQuery Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var q = query.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new IncomingListQuery(
            Tab: Enum<IncomingTab>(q, "tab") ?? IncomingTab.All,
            State: Enum<IncomingState>(q, "state"),
            Type: Enum<DocumentType>(q, "type"),
            Urgency: Enum<DocumentUrgency>(q, "urgency"),
            From: Date(q, "from"),
            To: Date(q, "to"),
            Search: q.GetValueOrDefault("q"),
            Page: q.TryGetValue("page", out var page) && int.TryParse(page, CultureInfo.InvariantCulture, out var p) ? Math.Max(p - 1, 0) : 0,
            PageSize: q.TryGetValue("size", out var size) && int.TryParse(size, CultureInfo.InvariantCulture, out var s) ? s : 20,
            UnitWithin: Unit(q));
    }

    internal static Guid? Unit(Dictionary<string, string> q) => q.TryGetValue("unit", out var unit) && Guid.TryParse(unit, out var id) ? id : null;

    public static IncomingListQuery Parse(string uri) => Parse(QueryHelpers.ParseQuery(new Uri(uri).Query));

    public static string Format(IncomingListQuery query, bool withPage = true)
    {
        var parts = new Dictionary<string, string?>
        {
            ["tab"] = query.Tab == IncomingTab.All ? null : query.Tab.ToString(),
            ["state"] = query.State?.ToString(),
            ["type"] = query.Type?.ToString(),
            ["urgency"] = query.Urgency?.ToString(),
            ["from"] = query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["q"] = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search,
            ["page"] = withPage && query.Page > 0 ? (query.Page + 1).ToString(CultureInfo.InvariantCulture) : null,
            ["unit"] = query.UnitWithin?.ToString(),
        };
        return QueryHelpers.AddQueryString("", parts.Where(kv => kv.Value is not null)!);
    }

    internal static T? Enum<T>(Dictionary<string, string> q, string key) where T : struct, System.Enum =>
        q.TryGetValue(key, out var value) && EnumNames.TryParse<T>(value, out var parsed) ? parsed : null;

    internal static DateOnly? Date(Dictionary<string, string> q, string key) =>
        q.TryGetValue(key, out var value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
