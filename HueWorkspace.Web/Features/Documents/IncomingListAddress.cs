using System.Reflection;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Web.Components.Shared;

namespace HueWorkspace.Web.Features.Documents;

/// <summary>The incoming register's address: the page, a saved search, the export and <c>GET /api/documents</c>; the period is the arrival date.</summary>
public sealed record IncomingListAddress(IncomingListQuery Query) : IBindableFromHttpContext<IncomingListAddress>
{
    public static ListAddress<IncomingListQuery> Keys { get; } = new ListAddress<IncomingListQuery>(new IncomingListQuery())
        .Setting("tab", q => q.Tab, (q, v) => q with { Tab = v }, always: true)
        .Choice<IncomingState>("state", q => q.State, (q, v) => q with { State = v })
        .Choice<DocumentType>("type", q => q.Type, (q, v) => q with { Type = v })
        .Choice<DocumentUrgency>("urgency", q => q.Urgency, (q, v) => q with { Urgency = v })
        .Unit(q => q.UnitWithin, (q, v) => q with { UnitWithin = v })
        .Period(q => (q.From, q.To), (q, from, to) => q with { From = from, To = to })
        .Search(q => q.Search, (q, v) => q with { Search = v })
        .Paging(q => q.Page, (q, v) => q with { Page = v }, q => q.PageSize, (q, v) => q with { PageSize = v });

    public static ValueTask<IncomingListAddress?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<IncomingListAddress?>(new(Keys.ReadStrict(context.Request.Query)));
}
