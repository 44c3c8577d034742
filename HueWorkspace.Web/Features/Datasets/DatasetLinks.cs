using System.Globalization;
using HueWorkspace.Domain.Datasets;
using Microsoft.AspNetCore.WebUtilities;

namespace HueWorkspace.Web.Features.Datasets;

/// <summary>The catalogue's address for the dashboard's drill-down: the owner unit (and those below it) and what happened when.</summary>
public static class DatasetLinks
{
    public static DatasetListQuery Parse(string uri, DatasetListQuery fallback)
    {
        var q = QueryHelpers.ParseQuery(new Uri(uri).Query).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return fallback with
        {
            OwnerWithin = q.TryGetValue("owner", out var owner) && Guid.TryParse(owner, out var o) ? o : null,
            Event = q.TryGetValue("event", out var e) && Enum.TryParse<DatasetEvent>(e, true, out var v) && Enum.IsDefined(v) ? v : null,
            From = Documents.IncomingListQueryString.Date(q, "from"),
            To = Documents.IncomingListQueryString.Date(q, "to"),
        };
    }

    public static string Format(DatasetListQuery query) => QueryHelpers.AddQueryString("", new Dictionary<string, string?>
    {
        ["owner"] = query.OwnerWithin?.ToString(),
        ["event"] = query.Event?.ToString(),
        ["from"] = query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    }.Where(kv => kv.Value is not null)!);
}
