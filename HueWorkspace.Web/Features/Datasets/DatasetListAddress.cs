using System.Reflection;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Web.Components.Shared;

namespace HueWorkspace.Web.Features.Datasets;

/// <summary>
/// The catalogue's address: the page and <c>GET /api/datasets</c> read it, the dashboard writes it. <c>unit</c> is the
/// owner unit and those below it; <c>on</c> is what happened (registered, certified, published), within the period
/// when <c>from</c> or <c>to</c> bound it, and ever when not.
/// </summary>
public sealed record DatasetListAddress(DatasetListQuery Query) : IBindableFromHttpContext<DatasetListAddress>
{
    public static ListAddress<DatasetListQuery> Keys { get; } = new ListAddress<DatasetListQuery>(new DatasetListQuery())
        .Setting("tab", q => q.Tab, (q, v) => q with { Tab = v })
        .Choice<DatasetState>("state", q => q.State, (q, v) => q with { State = v })
        .Choice<DatasetType>("type", q => q.Type, (q, v) => q with { Type = v })
        .Unit(q => q.OwnerWithin, (q, v) => q with { OwnerWithin = v })
        .Choice<DatasetEvent>("on", q => q.Event, (q, v) => q with { Event = v })
        .Period(q => (q.From, q.To), (q, from, to) => q with { From = from, To = to })
        .Search(q => q.Search, (q, v) => q with { Search = v })
        .Paging(q => q.Page, (q, v) => q with { Page = v }, q => q.PageSize, (q, v) => q with { PageSize = v })
        .Renamed("owner", "unit").Renamed("event", "on");

    public static ValueTask<DatasetListAddress?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<DatasetListAddress?>(new(Keys.ReadStrict(context.Request.Query)));
}
