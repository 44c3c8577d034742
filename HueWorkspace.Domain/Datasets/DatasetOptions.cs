namespace HueWorkspace.Domain.Datasets;

/// <summary>Settings of the catalogue and its councils (<c>Datasets</c> section of the configuration).</summary>
public sealed class DatasetOptions
{
    /// <summary>How long a certificate holds: the yearly inspection by default.</summary>
    public int CertificateMonths { get; set; } = 12;

    /// <summary>The owner is reminded this many days before the certificate expires.</summary>
    public int ExpiryReminderDays { get; set; } = 30;

    /// <summary>How a council's outcome follows from its votes.</summary>
    public DecisionRule DecisionRule { get; set; } = DecisionRule.AllBodiesAgree;

    public int JobIntervalMinutes { get; set; } = 60;
}
