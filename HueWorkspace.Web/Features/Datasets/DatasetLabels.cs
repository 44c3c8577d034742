using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using MudBlazor;

namespace HueWorkspace.Web.Features.Datasets;

/// <summary>Labels and colours of the catalogue and the councils.</summary>
public static class DatasetLabels
{
    public static string Title<TEnum>(this TEnum value, CultureInfo? culture = null) where TEnum : struct, Enum => DomainTexts.Label(value, culture);

    public static Color Of(DatasetState state) => state switch
    {
        DatasetState.Draft => Color.Default,
        DatasetState.Registered => Color.Info,
        DatasetState.UnderReview => Color.Secondary,
        DatasetState.Certified => Color.Success,
        DatasetState.Published => Color.Primary,
        DatasetState.NotCertified => Color.Error,
    };
}
