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

    public static string Title(this ArrivalChannel channel, CultureInfo? culture = null) => DomainTexts.Label(channel, culture);

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
        IncomingState.Recalled => Color.Error,
    };

    public static string Title(this OutgoingState state, CultureInfo? culture = null) => DomainTexts.Label(state, culture);

    public static string Title(this OutgoingOperation operation, CultureInfo? culture = null) => DomainTexts.Label(operation, culture);

    /// <summary>The resource key of the text field an outgoing action asks for (comments, a reason, a note, an opinion).</summary>
    public static string TextLabelKey(this OutgoingOperation operation) => operation switch
    {
        OutgoingOperation.Return => "Outgoing.ReturnComments",
        OutgoingOperation.Recall => "Outgoing.RecallReason",
        OutgoingOperation.Submit => "Outgoing.SubmitNote",
        OutgoingOperation.View or OutgoingOperation.Revise or OutgoingOperation.ApproveContent or OutgoingOperation.ApproveFormat
            or OutgoingOperation.Sign or OutgoingOperation.Issue => "Outgoing.Opinion",
    };

    public static string Title(this SigningCapacity capacity, CultureInfo? culture = null) => DomainTexts.Label(capacity, culture);

    public static string Title(this RecipientStatus status, CultureInfo? culture = null) => DomainTexts.Label(status, culture);

    public static string Title(this FixKind kind, CultureInfo? culture = null) => DomainTexts.Label(kind, culture);

    public static string Title(this AuthorisationKind kind, CultureInfo? culture = null) => DomainTexts.Label(kind, culture);

    public static Color Of(OutgoingState state) => state switch
    {
        OutgoingState.Draft => Color.Default,
        OutgoingState.ContentReview or OutgoingState.FormatCheck or OutgoingState.AwaitingSignature => Color.Secondary,
        OutgoingState.Signed => Color.Info,
        OutgoingState.Issued => Color.Success,
        OutgoingState.Recalled => Color.Error,
    };

    public static Color Of(RecipientStatus status) => status switch
    {
        RecipientStatus.Received => Color.Info,
        RecipientStatus.Handling => Color.Secondary,
        RecipientStatus.Done => Color.Success,
        RecipientStatus.Returned or RecipientStatus.Withdrawn => Color.Error,
        RecipientStatus.Recorded => Color.Default,
    };

    /// <summary>The signature line as printed: "KT. Trần Thị Thu Hà" (ký trực tiếp has no prefix).</summary>
    public static string Signature(SigningCapacity? capacity, string signer) => Reports.OutgoingRegisterPdf.Signature(capacity, signer);

    public static Color Of(DocumentUrgency urgency) => urgency switch
    {
        DocumentUrgency.Thuong => Color.Default,
        DocumentUrgency.Khan => Color.Warning,
        DocumentUrgency.ThuongKhan or DocumentUrgency.HoaToc => Color.Error,
    };
}
