using HueWorkspace.Domain.Common;
using System.Globalization;
using HueWorkspace.Domain.Tasks;
using Microsoft.AspNetCore.WebUtilities;

namespace HueWorkspace.Web.Features.Tasks;

/// <summary>
/// A task list's tab, filters, sort and page as a query string, so a filtered list has a link (to share, to reload,
/// to export exactly what is on screen) and the API reads the same parameters.
/// </summary>
public static class TaskListQueryString
{
    public static TaskListQuery Parse(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query)
    {
        var q = query.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new TaskListQuery(
            Tab: EnumOr(q, "tab", TaskTab.MyUnit),
            State: EnumOrNull<TaskState>(q, "state"),
            UnitId: q.TryGetValue("unit", out var unit) && Guid.TryParse(unit, out var unitId) ? unitId : null,
            Priority: EnumOrNull<TaskPriority>(q, "priority"),
            DueFrom: Date(q, "from"),
            DueTo: Date(q, "to"),
            Search: q.GetValueOrDefault("q"),
            Sort: EnumOr(q, "sort", TaskSort.DueAscending),
            Page: q.TryGetValue("page", out var page) && int.TryParse(page, out var p) ? Math.Max(p - 1, 0) : 0,
            PageSize: q.TryGetValue("size", out var size) && int.TryParse(size, out var s) ? s : 20,
            LeadWithin: q.TryGetValue("lead", out var lead) && Guid.TryParse(lead, out var leadId) ? leadId : null,
            AssignedFrom: Date(q, "assignedFrom"),
            AssignedTo: Date(q, "assignedTo"),
            CompletedFrom: Date(q, "completedFrom"),
            CompletedTo: Date(q, "completedTo"),
            FromDocuments: q.TryGetValue("source", out var source) && string.Equals(source, "documents", StringComparison.OrdinalIgnoreCase));
    }

    public static TaskListQuery Parse(string uri) => Parse(QueryHelpers.ParseQuery(new Uri(uri).Query));

    public static string Format(TaskListQuery query, bool withPage = true)
    {
        var parts = new Dictionary<string, string?>
        {
            ["tab"] = query.Tab.ToString(),
            ["state"] = query.State?.ToString(),
            ["unit"] = query.UnitId?.ToString(),
            ["priority"] = query.Priority?.ToString(),
            ["from"] = query.DueFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = query.DueTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["q"] = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search,
            ["sort"] = query.Sort == TaskSort.DueAscending ? null : query.Sort.ToString(),
            ["page"] = withPage && query.Page > 0 ? (query.Page + 1).ToString(CultureInfo.InvariantCulture) : null,
            ["lead"] = query.LeadWithin?.ToString(),
            ["assignedFrom"] = Iso(query.AssignedFrom),
            ["assignedTo"] = Iso(query.AssignedTo),
            ["completedFrom"] = Iso(query.CompletedFrom),
            ["completedTo"] = Iso(query.CompletedTo),
            ["source"] = query.FromDocuments ? "documents" : null,
        };
        return QueryHelpers.AddQueryString("", parts.Where(kv => kv.Value is not null)!);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T EnumOr<T>(Dictionary<string, string> q, string key, T fallback) where T : struct, Enum =>
        EnumOrNull<T>(q, key) ?? fallback;

    private static T? EnumOrNull<T>(Dictionary<string, string> q, string key) where T : struct, Enum =>
        q.TryGetValue(key, out var value) && EnumNames.TryParse<T>(value, out var parsed) ? parsed : null;

    private static DateOnly? Date(Dictionary<string, string> q, string key) =>
        q.TryGetValue(key, out var value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
