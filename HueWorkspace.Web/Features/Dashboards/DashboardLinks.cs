using System.Globalization;
using HueWorkspace.Domain.Dashboards;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Features.Tasks;
using Microsoft.AspNetCore.WebUtilities;

namespace HueWorkspace.Web.Features.Dashboards;

/// <summary>
/// The dashboard's address (period, day, unit) and the lists behind its numbers: a number opens its module's list with
/// the same unit and period in the address (Art. 18: from the whole to the detail).
/// </summary>
public static class DashboardLinks
{
    public static DashboardQuery Parse(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query)
    {
        var q = query.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new DashboardQuery(
            q.TryGetValue("period", out var p) && Enum.TryParse<PeriodKind>(p, true, out var kind) && Enum.IsDefined(kind) ? kind : PeriodKind.Month,
            q.TryGetValue("day", out var d) && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
            q.TryGetValue("unit", out var u) && Guid.TryParse(u, out var unit) ? unit : null);
    }

    public static DashboardQuery Parse(string uri) => Parse(QueryHelpers.ParseQuery(new Uri(uri).Query));

    public static string Query(DashboardQuery query) => QueryHelpers.AddQueryString("", new Dictionary<string, string?>
    {
        ["period"] = query.Period == PeriodKind.Month ? null : query.Period.ToString(),
        ["day"] = Iso(query.Day),
        ["unit"] = query.UnitId?.ToString(),
    }.Where(kv => kv.Value is not null)!);

    public static string Page(DashboardQuery query) => "/dashboard" + Query(query);

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TaskListQuery Tasks(Guid? unit, TaskTab tab = TaskTab.All) => new(Tab: tab, LeadWithin: unit);

    public static string TasksAssigned(Guid? unit, DashboardPeriod p) =>
        "/tasks" + TaskListQueryString.Format(Tasks(unit) with { AssignedFrom = p.From, AssignedTo = p.To });

    public static string TasksCompleted(Guid? unit, DashboardPeriod p) =>
        "/tasks" + TaskListQueryString.Format(Tasks(unit) with { CompletedFrom = p.From, CompletedTo = p.To });

    public static string TasksOverdue(Guid? unit) => "/tasks" + TaskListQueryString.Format(Tasks(unit, TaskTab.Overdue));

    public static string Incoming(Guid? unit, DashboardPeriod p) =>
        "/documents" + Documents.IncomingListQueryString.Format(new(From: p.From, To: p.To, UnitWithin: unit));

    public static string Issued(Guid? unit, DashboardPeriod p) =>
        "/outgoing" + Documents.OutgoingListQueryString.Format(new(Domain.Documents.OutgoingTab.All, Domain.Documents.OutgoingState.Issued, From: p.From, To: p.To, UnitWithin: unit));

    public static string Requests(Guid? unit, DashboardPeriod p) =>
        "/data-requests" + DataRequests.DataRequestLinks.Format(new(Domain.DataRequests.RequestTab.All, OwnerWithin: unit, SubmittedFrom: p.From, SubmittedTo: p.To));

    public static string RequestsRefused(Guid? unit, DashboardPeriod p) =>
        "/data-requests" + DataRequests.DataRequestLinks.Format(new(Domain.DataRequests.RequestTab.All, Domain.DataRequests.RequestState.Refused, OwnerWithin: unit,
            AnsweredFrom: p.From, AnsweredTo: p.To));

    public static string DocumentsHandled(Guid? unit, DashboardPeriod p) =>
        "/tasks" + TaskListQueryString.Format(Tasks(unit) with { CompletedFrom = p.From, CompletedTo = p.To, FromDocuments = true });

    public static string DocumentsOverdue(Guid? unit) => "/tasks" + TaskListQueryString.Format(Tasks(unit, TaskTab.Overdue) with { FromDocuments = true });

    public static string Datasets(Guid? unit, Domain.Datasets.DatasetEvent happened, DashboardPeriod p) =>
        "/datasets" + Features.Datasets.DatasetLinks.Format(new(OwnerWithin: unit, Event: happened, From: p.From, To: p.To));
}
