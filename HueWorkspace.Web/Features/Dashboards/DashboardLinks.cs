using HueWorkspace.Domain.Dashboards;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Components.Shared;
using HueWorkspace.Web.Features.DataRequests;
using HueWorkspace.Web.Features.Datasets;
using HueWorkspace.Web.Features.Documents;
using HueWorkspace.Web.Features.Tasks;

namespace HueWorkspace.Web.Features.Dashboards;

/// <summary>
/// The dashboard's address (period, day, unit) and the lists behind its numbers: a number opens its module's list with
/// the same unit and period in the address (Art. 18: from the whole to the detail).
/// </summary>
public static class DashboardLinks
{
    public static ListAddress<DashboardQuery> Keys { get; } = new ListAddress<DashboardQuery>(new DashboardQuery())
        .Setting("period", q => q.Period, (q, v) => q with { Period = v })
        .Day("day", q => q.Day, (q, v) => q with { Day = v })
        .Unit(q => q.UnitId, (q, v) => q with { UnitId = v });

    public static string Page(DashboardQuery query) => "/dashboard" + Keys.Write(query);

    private static TaskListQuery Tasks(Guid? unit, TaskTab tab = TaskTab.All) => new(Tab: tab, LeadWithin: unit);

    public static string TasksAssigned(Guid? unit, DashboardPeriod p) =>
        "/tasks" + TaskListAddress.Keys.Write(Tasks(unit) with { AssignedFrom = p.From, AssignedTo = p.To });

    public static string TasksCompleted(Guid? unit, DashboardPeriod p) =>
        "/tasks" + TaskListAddress.Keys.Write(Tasks(unit) with { CompletedFrom = p.From, CompletedTo = p.To });

    public static string TasksOverdue(Guid? unit) => "/tasks" + TaskListAddress.Keys.Write(Tasks(unit, TaskTab.Overdue));

    public static string Incoming(Guid? unit, DashboardPeriod p) =>
        "/documents" + IncomingListAddress.Keys.Write(new(From: p.From, To: p.To, UnitWithin: unit));

    public static string Issued(Guid? unit, DashboardPeriod p) =>
        "/outgoing" + OutgoingListAddress.Keys.Write(new(OutgoingTab.All, OutgoingState.Issued, From: p.From, To: p.To, UnitWithin: unit));

    public static string Requests(Guid? unit, DashboardPeriod p) =>
        "/data-requests" + RequestListAddress.Keys.Write(new(RequestTab.All, OwnerWithin: unit, SubmittedFrom: p.From, SubmittedTo: p.To));

    public static string RequestsRefused(Guid? unit, DashboardPeriod p) =>
        "/data-requests" + RequestListAddress.Keys.Write(new(RequestTab.All, RequestState.Refused, OwnerWithin: unit, AnsweredFrom: p.From, AnsweredTo: p.To));

    public static string DocumentsHandled(Guid? unit, DashboardPeriod p) =>
        "/tasks" + TaskListAddress.Keys.Write(Tasks(unit) with { CompletedFrom = p.From, CompletedTo = p.To, FromDocuments = true });

    public static string DocumentsOverdue(Guid? unit) => "/tasks" + TaskListAddress.Keys.Write(Tasks(unit, TaskTab.Overdue) with { FromDocuments = true });

    public static string Datasets(Guid? unit, DatasetEvent happened, DashboardPeriod p) =>
        "/datasets" + DatasetListAddress.Keys.Write(new(OwnerWithin: unit, Event: happened, From: p.From, To: p.To));
}
