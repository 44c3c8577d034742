using System.Reflection;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Web.Components.Shared;

namespace HueWorkspace.Web.Features.DataRequests;

/// <summary>Which of a request's dates a list's period is about.</summary>
public enum RequestDate
{
    Submitted,
    Answered,
}

/// <summary>
/// The data-request list's address: the page and <c>GET /api/data-requests</c> read it, the dashboard writes it.
/// <c>unit</c> is the owner unit and those below it; an empty address opens the person's own requests, on the page and
/// in the API alike.
/// </summary>
public sealed record RequestListAddress(RequestListQuery Query) : IBindableFromHttpContext<RequestListAddress>
{
    public static ListAddress<RequestListQuery> Keys { get; } = new ListAddress<RequestListQuery>(new RequestListQuery(RequestTab.Mine))
        .Setting("tab", q => q.Tab, (q, v) => q with { Tab = v }, always: true)
        .Choice<RequestState>("state", q => q.State, (q, v) => q with { State = v })
        .Unit(q => q.OwnerWithin, (q, v) => q with { OwnerWithin = v })
        .Period(RequestDate.Submitted,
            (q, on) => on switch
            {
                RequestDate.Submitted => (q.SubmittedFrom, q.SubmittedTo),
                RequestDate.Answered => (q.AnsweredFrom, q.AnsweredTo),
            },
            (q, on, from, to) => on switch
            {
                RequestDate.Submitted => q with { SubmittedFrom = from, SubmittedTo = to },
                RequestDate.Answered => q with { AnsweredFrom = from, AnsweredTo = to },
            })
        .Search(q => q.Search, (q, v) => q with { Search = v })
        .Paging(q => q.Page, (q, v) => q with { Page = v }, q => q.PageSize, (q, v) => q with { PageSize = v })
        .Renamed("owner", "unit").Renamed("answeredFrom", "on=Answered&from").Renamed("answeredTo", "on=Answered&to");

    public static ValueTask<RequestListAddress?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<RequestListAddress?>(new(Keys.ReadStrict(context.Request.Query)));
}
