namespace HueWorkspace.Domain.Dashboards;

/// <summary>How long a dashboard's period is; it is compared with the one just before it (Art. 18: tracking, comparing).</summary>
public enum PeriodKind
{
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>A period of whole days in Huế, both ends included.</summary>
public sealed record DashboardPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    /// <summary>The week (Monday to Sunday), month, quarter or year that holds <paramref name="day"/>.</summary>
    public static DashboardPeriod Containing(PeriodKind kind, DateOnly day)
    {
        var from = kind switch
        {
            PeriodKind.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            PeriodKind.Month => new DateOnly(day.Year, day.Month, 1),
            PeriodKind.Quarter => new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
            PeriodKind.Year => new DateOnly(day.Year, 1, 1),
        };
        return new DashboardPeriod(kind, from, Next(kind, from).AddDays(-1));
    }

    /// <summary>The period of the same kind just before this one.</summary>
    public DashboardPeriod Previous => Containing(Kind, From.AddDays(-1));

    /// <summary>
    /// What this period is compared with on <paramref name="today"/>: the previous period, or — while this one is still
    /// running — the same days of it (1–3 December against 1–3 November, not against all of November), so the change
    /// compares like with like. A previous period shorter than the days run (31 March against February) ends with it.
    /// </summary>
    public DashboardPeriod ComparedWith(DateOnly today)
    {
        var previous = Previous;
        if (!Contains(today))
        {
            return previous;
        }

        var end = previous.From.AddDays(today.DayNumber - From.DayNumber);
        return previous with { To = end < previous.To ? end : previous.To };
    }

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>Its kind and days; the record's own printing would follow <see cref="Previous"/> back for ever.</summary>
    public override string ToString() => $"{Kind} {From:yyyy-MM-dd}..{To:yyyy-MM-dd}";

    /// <summary>The instants of the period: from Huế's midnight at its start to Huế's midnight after its end (UTC).</summary>
    public (DateTime FromUtc, DateTime ToUtcExclusive) Utc =>
        (Common.VietnamTime.StartOfDayUtc(From), Common.VietnamTime.EndOfDayUtc(To));

    private static DateOnly Next(PeriodKind kind, DateOnly from) => kind switch
    {
        PeriodKind.Week => from.AddDays(7),
        PeriodKind.Month => from.AddMonths(1),
        PeriodKind.Quarter => from.AddMonths(3),
        PeriodKind.Year => from.AddYears(1),
    };
}

/// <summary>What the dashboard is asked for: a period holding a day, and (for a leader) the unit to look at.</summary>
public sealed record DashboardQuery(PeriodKind Period = PeriodKind.Month, DateOnly? Day = null, Guid? UnitId = null);

/// <summary>Whose work the figures count: a unit and everything below it, or (for a civil servant) their own tasks.</summary>
public sealed record DashboardScope(Guid? UnitId, string Name, bool OwnWork, IReadOnlyList<(Guid Id, string Name)> Path);

/// <summary>Giao việc (Decision 41 Art. 16): tasks given, completed, completed by their deadline, overdue today.</summary>
public sealed record TaskFigures(int Assigned, int Completed, int CompletedOnTime, int OverdueNow)
{
    public static TaskFigures Zero { get; } = new(0, 0, 0, 0);

    public double? OnTimeRate => Rate(CompletedOnTime, Completed);

    public TaskFigures Plus(TaskFigures o) => new(Assigned + o.Assigned, Completed + o.Completed, CompletedOnTime + o.CompletedOnTime, OverdueNow + o.OverdueNow);

    internal static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);
}

/// <summary>
/// Văn bản (Nghị định 30): incoming registered (by the registering unit), handled — the task made from the direction
/// completed — and on time, overdue today (both by the unit leading that task), outgoing issued (by the issuing unit).
/// </summary>
public sealed record DocumentFigures(int Received, int Handled, int HandledOnTime, int OverdueNow, int Issued)
{
    public static DocumentFigures Zero { get; } = new(0, 0, 0, 0, 0);

    public double? OnTimeRate => TaskFigures.Rate(HandledOnTime, Handled);

    public DocumentFigures Plus(DocumentFigures o) =>
        new(Received + o.Received, Handled + o.Handled, HandledOnTime + o.HandledOnTime, OverdueNow + o.OverdueNow, Issued + o.Issued);
}

/// <summary>Yêu cầu dữ liệu (Art. 27.2): received, answered within the five working days (pauses excluded), refused.</summary>
public sealed record RequestFigures(int Received, int Answered, int AnsweredOnTime, int Refused)
{
    public static RequestFigures Zero { get; } = new(0, 0, 0, 0);

    public double? OnTimeRate => TaskFigures.Rate(AnsweredOnTime, Answered);

    public RequestFigures Plus(RequestFigures o) => new(Received + o.Received, Answered + o.Answered, AnsweredOnTime + o.AnsweredOnTime, Refused + o.Refused);
}

/// <summary>
/// Dữ liệu số (Art. 5): registered, certified and published in the period; and, as of today, how many of the unit's
/// registered datasets hold a valid certification (certified or published).
/// </summary>
public sealed record DatasetFigures(int Registered, int Certified, int Published, int RegisteredToDate, int CertifiedToDate)
{
    public static DatasetFigures Zero { get; } = new(0, 0, 0, 0, 0);

    public double? CertifiedShare => TaskFigures.Rate(CertifiedToDate, RegisteredToDate);

    public DatasetFigures Plus(DatasetFigures o) =>
        new(Registered + o.Registered, Certified + o.Certified, Published + o.Published, RegisteredToDate + o.RegisteredToDate, CertifiedToDate + o.CertifiedToDate);
}

public sealed record Figures(TaskFigures Tasks, DocumentFigures Documents, RequestFigures Requests, DatasetFigures Datasets)
{
    public static Figures Zero { get; } = new(TaskFigures.Zero, DocumentFigures.Zero, RequestFigures.Zero, DatasetFigures.Zero);

    public Figures Plus(Figures o) => new(Tasks.Plus(o.Tasks), Documents.Plus(o.Documents), Requests.Plus(o.Requests), Datasets.Plus(o.Datasets));
}

/// <summary>One row of the breakdown: a unit just below the scope, counting its whole subtree.</summary>
public sealed record UnitFigures(Guid UnitId, string Name, bool HasUnitsBelow, Figures Current);

/// <summary>A refusal in the period and its written reason (Art. 27.2: refused in writing).</summary>
public sealed record Refusal(Guid RequestId, string? Number, string OwnerName, string Reason, DateOnly On);

/// <summary>One step of the trend: tasks given and completed on the days of a bucket (a day, a week or a month).</summary>
public sealed record TrendPoint(DateOnly From, string Label, int Assigned, int Completed);

public sealed record Dashboard(
    DashboardScope Scope,
    DashboardPeriod Period,
    DashboardPeriod PreviousPeriod,
    DateOnly Today,
    Figures Current,
    Figures Previous,
    IReadOnlyList<UnitFigures> ByUnit,
    IReadOnlyList<Refusal> Refusals,
    IReadOnlyList<TrendPoint> Trend);
