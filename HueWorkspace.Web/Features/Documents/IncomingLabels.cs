using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using MudBlazor;

namespace HueWorkspace.Web.Features.Documents;

/// <summary>Labels and colours of incoming documents, the same in lists, the page and exports.</summary>
public static class IncomingLabels
{
    public static string Title(this IncomingState state, CultureInfo? culture = null) => DomainTexts.Label(state, culture);

    public static string Title(this DocumentType type, CultureInfo? culture = null) => DomainTexts.Label(type, culture);

    public static string Title(this DocumentUrgency urgency, CultureInfo? culture = null) => DomainTexts.Label(urgency, culture);

    public static string Title(this DocumentConfidentiality secrecy, CultureInfo? culture = null) => DomainTexts.Label(secrecy, culture);

    public static string Title(this IncomingOperation operation, CultureInfo? culture = null) => DomainTexts.Label(operation, culture);

    public static Color Of(IncomingState state) => state switch
    {
        IncomingState.Registered => Color.Info,
        IncomingState.Presented => Color.Secondary,
        IncomingState.Directed => Color.Primary,
        IncomingState.ForInformation => Color.Success,
        IncomingState.Returned => Color.Error,
        _ => Color.Default,
    };

    public static Color Of(DocumentUrgency urgency) => urgency switch
    {
        DocumentUrgency.Thuong => Color.Default,
        DocumentUrgency.Khan => Color.Warning,
        _ => Color.Error,
    };
}
