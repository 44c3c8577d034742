using System.Globalization;
using HueWorkspace.Domain.Documents;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace HueWorkspace.Web.Features.Documents;

/// <summary>An outgoing list's tab, filters and page as a query string: one link for the page, the API and the export.</summary>
public static class OutgoingListQueryString
{
    public static OutgoingListQuery Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var q = query.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new OutgoingListQuery(
            Tab: IncomingListQueryString.Enum<OutgoingTab>(q, "tab") ?? OutgoingTab.ForMe,
            State: IncomingListQueryString.Enum<OutgoingState>(q, "state"),
            Type: IncomingListQueryString.Enum<DocumentType>(q, "type"),
            From: IncomingListQueryString.Date(q, "from"),
            To: IncomingListQueryString.Date(q, "to"),
            Search: q.GetValueOrDefault("q"),
            Page: q.TryGetValue("page", out var page) && int.TryParse(page, CultureInfo.InvariantCulture, out var p) ? Math.Max(p - 1, 0) : 0,
            PageSize: q.TryGetValue("size", out var size) && int.TryParse(size, CultureInfo.InvariantCulture, out var s) ? s : 20,
            UnitWithin: IncomingListQueryString.Unit(q));
    }

    public static OutgoingListQuery Parse(string uri) => Parse(QueryHelpers.ParseQuery(new Uri(uri).Query));

    public static string Format(OutgoingListQuery query, bool withPage = true)
    {
        var parts = new Dictionary<string, string?>
        {
            ["tab"] = query.Tab == OutgoingTab.ForMe ? null : query.Tab.ToString(),
            ["state"] = query.State?.ToString(),
            ["type"] = query.Type?.ToString(),
            ["from"] = query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["q"] = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search,
            ["page"] = withPage && query.Page > 0 ? (query.Page + 1).ToString(CultureInfo.InvariantCulture) : null,
            ["unit"] = query.UnitWithin?.ToString(),
        };
        return QueryHelpers.AddQueryString("", parts.Where(kv => kv.Value is not null)!);
    }
}
