using System.Globalization;
using HueWorkspace.Domain.DataRequests;
using Microsoft.AspNetCore.WebUtilities;

namespace HueWorkspace.Web.Features.DataRequests;

/// <summary>The request list's address: its tab, state and the dashboard's drill-down (owner unit, submitted days).</summary>
public static class DataRequestLinks
{
    public static RequestListQuery Parse(string uri, RequestListQuery fallback)
    {
        var q = QueryHelpers.ParseQuery(new Uri(uri).Query).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return fallback with
        {
            Tab = q.TryGetValue("tab", out var tab) && Enum.TryParse<RequestTab>(tab, true, out var t) && Enum.IsDefined(t) ? t : fallback.Tab,
            State = q.TryGetValue("state", out var state) && Enum.TryParse<RequestState>(state, true, out var s) && Enum.IsDefined(s) ? s : fallback.State,
            OwnerWithin = q.TryGetValue("owner", out var owner) && Guid.TryParse(owner, out var o) ? o : null,
            SubmittedFrom = Documents.IncomingListQueryString.Date(q, "from"),
            SubmittedTo = Documents.IncomingListQueryString.Date(q, "to"),
            AnsweredFrom = Documents.IncomingListQueryString.Date(q, "answeredFrom"),
            AnsweredTo = Documents.IncomingListQueryString.Date(q, "answeredTo"),
        };
    }

    public static string Format(RequestListQuery query) => QueryHelpers.AddQueryString("", new Dictionary<string, string?>
    {
        ["tab"] = query.Tab.ToString(),
        ["state"] = query.State?.ToString(),
        ["owner"] = query.OwnerWithin?.ToString(),
        ["from"] = query.SubmittedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = query.SubmittedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["answeredFrom"] = query.AnsweredFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["answeredTo"] = query.AnsweredTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    }.Where(kv => kv.Value is not null)!);
}
