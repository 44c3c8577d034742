using System.Reflection;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Web.Components.Shared;

namespace HueWorkspace.Web.Features.Documents;

/// <summary>The outgoing list's address: the page, the export and <c>GET /api/outgoing</c>; the period is the date of issue.</summary>
public sealed record OutgoingListAddress(OutgoingListQuery Query) : IBindableFromHttpContext<OutgoingListAddress>
{
    public static ListAddress<OutgoingListQuery> Keys { get; } = new ListAddress<OutgoingListQuery>(new OutgoingListQuery())
        .Setting("tab", q => q.Tab, (q, v) => q with { Tab = v })
        .Choice<OutgoingState>("state", q => q.State, (q, v) => q with { State = v })
        .Choice<DocumentType>("type", q => q.Type, (q, v) => q with { Type = v })
        .Unit(q => q.UnitWithin, (q, v) => q with { UnitWithin = v })
        .Period(q => (q.From, q.To), (q, from, to) => q with { From = from, To = to })
        .Search(q => q.Search, (q, v) => q with { Search = v })
        .Paging(q => q.Page, (q, v) => q with { Page = v }, q => q.PageSize, (q, v) => q with { PageSize = v });

    public static ValueTask<OutgoingListAddress?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<OutgoingListAddress?>(new(Keys.ReadStrict(context.Request.Query)));
}
