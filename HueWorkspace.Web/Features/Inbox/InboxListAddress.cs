using System.Reflection;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Web.Components.Shared;

namespace HueWorkspace.Web.Features.Inbox;

/// <summary>The inbox's address: the page <c>/inbox</c> and <c>GET /api/inbox</c> read it; <c>module</c> is one module's part.</summary>
public sealed record InboxListAddress(InboxQuery Query) : IBindableFromHttpContext<InboxListAddress>
{
    public static ListAddress<InboxQuery> Keys { get; } = new ListAddress<InboxQuery>(new InboxQuery())
        .Choice<InboxModule>("module", q => q.Module, (q, v) => q with { Module = v })
        .Paging(q => q.Page, (q, v) => q with { Page = v }, q => q.PageSize, (q, v) => q with { PageSize = v });

    public static ValueTask<InboxListAddress?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<InboxListAddress?>(new(Keys.ReadStrict(context.Request.Query)));
}
