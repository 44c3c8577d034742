using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Dashboards;
using HueWorkspace.Web.Api;
using HueWorkspace.Web.Auth;
using HueWorkspace.Web.Reports;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HueWorkspace.Web.Features.Dashboards;

/// <summary>The dashboard on paper and in a spreadsheet: the same figures, period and scope as the page's address.</summary>
public static class DashboardReports
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static WebApplication MapDashboardFiles(this WebApplication app)
    {
        var files = app.MapGroup("/dashboard").RequireAuthorization(Policies.Staff).AddEndpointFilter<DomainProblemFilter>();
        files.MapGet("/report.pdf", async (HttpRequest request, DashboardQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            var dashboard = await queries.GetAsync(DashboardLinks.Keys.Read(request.Query), ct);
            return Results.File(Pdf(dashboard, clock.GetUtcNow().UtcDateTime), "application/pdf", $"bao-cao-dieu-hanh-{Stamp(dashboard)}.pdf");
        });
        files.MapGet("/export.xlsx", async (HttpRequest request, DashboardQueries queries, CancellationToken ct) =>
        {
            var dashboard = await queries.GetAsync(DashboardLinks.Keys.Read(request.Query), ct);
            return Results.File(Xlsx(dashboard), XlsxWriter.ContentType, $"bao-cao-dieu-hanh-{Stamp(dashboard)}.xlsx");
        });
        return app;
    }

    private static string Stamp(Dashboard d) => $"{d.Period.From:yyyyMMdd}-{d.Period.To:yyyyMMdd}";

    private static string Percent(double? rate) => VietnameseNumbers.Percent(rate);

    private static string PeriodName(DashboardPeriod p) => p.Kind switch
    {
        PeriodKind.Week => $"tuần từ {VietnamTime.Format(p.From)} đến {VietnamTime.Format(p.To)}",
        PeriodKind.Month => $"tháng {p.From.Month}/{p.From.Year}",
        PeriodKind.Quarter => $"quý {(p.From.Month - 1) / 3 + 1}/{p.From.Year}",
        _ => $"năm {p.From.Year}",
    };

    /// <summary>Each indicator: area, name, this period, the period before (empty where a figure is of today only).</summary>
    public static IReadOnlyList<(string Area, string Name, string Now, string Before)> Indicators(Dashboard d)
    {
        var c = d.Current;
        var p = d.Previous;
        var rows = new List<(string, string, string, string)>
        {
            ("Giao việc", "Việc được giao", N(c.Tasks.Assigned), N(p.Tasks.Assigned)),
            ("Giao việc", "Việc hoàn thành", N(c.Tasks.Completed), N(p.Tasks.Completed)),
            ("Giao việc", "Hoàn thành đúng hạn", Percent(c.Tasks.OnTimeRate), Percent(p.Tasks.OnTimeRate)),
            ("Giao việc", "Đang quá hạn (hôm nay)", N(c.Tasks.OverdueNow), ""),
        };
        if (!d.Scope.OwnWork)
        {
            rows.AddRange(
            [
                ("Văn bản", "Văn bản đến", N(c.Documents.Received), N(p.Documents.Received)),
                ("Văn bản", "Giải quyết đúng hạn", Percent(c.Documents.OnTimeRate), Percent(p.Documents.OnTimeRate)),
                ("Văn bản", "Đang quá hạn (hôm nay)", N(c.Documents.OverdueNow), ""),
                ("Văn bản", "Văn bản đi ban hành", N(c.Documents.Issued), N(p.Documents.Issued)),
                ("Yêu cầu dữ liệu", "Yêu cầu nhận được", N(c.Requests.Received), N(p.Requests.Received)),
                ("Yêu cầu dữ liệu", "Trả lời trong 5 ngày làm việc", Percent(c.Requests.OnTimeRate), Percent(p.Requests.OnTimeRate)),
                ("Yêu cầu dữ liệu", "Từ chối", N(c.Requests.Refused), N(p.Requests.Refused)),
                ("Dữ liệu số", "Đăng ký mới", N(c.Datasets.Registered), N(p.Datasets.Registered)),
                ("Dữ liệu số", "Được công nhận", N(c.Datasets.Certified), N(p.Datasets.Certified)),
                ("Dữ liệu số", "Công bố mở", N(c.Datasets.Published), N(p.Datasets.Published)),
                ("Dữ liệu số", "Tỷ lệ đã công nhận (đến nay)", Percent(c.Datasets.CertifiedShare), ""),
            ]);
        }

        return rows;
        static string N(int n) => n.ToString("N0", Vi);
    }

    public static byte[] Xlsx(Dashboard d)
    {
        var sheets = new List<XlsxSheet>
        {
            new("Chỉ tiêu", ["Lĩnh vực", "Chỉ tiêu", $"Kỳ này ({VietnamTime.Format(d.Period.From)}–{VietnamTime.Format(d.Period.To)})", $"Kỳ trước ({VietnamTime.Format(d.PreviousPeriod.From)}–{VietnamTime.Format(d.PreviousPeriod.To)})"],
                Indicators(d).Select(i => new object?[] { i.Area, i.Name, i.Now, i.Before }), [18, 34, 26, 26]),
            new("Theo đơn vị", ["Đơn vị", "Việc được giao", "Việc hoàn thành", "Đúng hạn", "Tỷ lệ đúng hạn (%)", "Việc quá hạn", "Văn bản đến", "VB giải quyết", "VB đúng hạn",
                    "VB quá hạn", "Văn bản đi", "Yêu cầu nhận", "Yêu cầu trả lời", "Trả lời đúng hạn", "Từ chối", "Dữ liệu đăng ký", "Dữ liệu được công nhận"],
                d.ByUnit.Select(r => new object?[]
                {
                    r.UnitId == d.Scope.UnitId ? $"{r.Name} (trực tiếp)" : r.Name, r.Current.Tasks.Assigned, r.Current.Tasks.Completed, r.Current.Tasks.CompletedOnTime,
                    (object?)r.Current.Tasks.OnTimeRate ?? "", r.Current.Tasks.OverdueNow, r.Current.Documents.Received, r.Current.Documents.Handled,
                    r.Current.Documents.HandledOnTime, r.Current.Documents.OverdueNow, r.Current.Documents.Issued, r.Current.Requests.Received,
                    r.Current.Requests.Answered, r.Current.Requests.AnsweredOnTime, r.Current.Requests.Refused, r.Current.Datasets.RegisteredToDate, r.Current.Datasets.CertifiedToDate,
                }), [40, 12, 12, 10, 12, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12, 12]),
            new("Diễn biến", ["Từ ngày", "Nhãn", "Việc được giao", "Việc hoàn thành"],
                d.Trend.Select(t => new object?[] { t.From, t.Label, t.Assigned, t.Completed }), [12, 10, 14, 14]),
            new("Từ chối", ["Số yêu cầu", "Đơn vị quản lý", "Ngày", "Lý do"],
                d.Refusals.Select(r => new object?[] { r.Number ?? "", r.OwnerName, r.On, r.Reason }), [14, 32, 12, 60]),
        };
        return XlsxWriter.Build(sheets);
    }

    /// <summary>
    /// An A4 landscape report for the weekly leadership meeting's papers: the scope and period, every indicator against
    /// the period before, the trend, the ranking by on-time completion, what is overdue by unit, the breakdown, the refusals.
    /// </summary>
    public static byte[] Pdf(Dashboard d, DateTime nowUtc)
    {
        var document = new PdfDocument();
        document.Info.Title = $"Báo cáo điều hành - {d.Scope.Name} - {PeriodName(d.Period)}";
        document.Info.Author = "Nền tảng làm việc số thành phố Huế";
        var w = new PdfPageWriter(document, landscape: true);
        var bold = PdfPageWriter.Font(12, bold: true);
        var normal = PdfPageWriter.Font(10.5);
        var heading = PdfPageWriter.Font(11.5, bold: true);
        w.TwoColumns([("UBND THÀNH PHỐ HUẾ", bold), ("NỀN TẢNG LÀM VIỆC SỐ", PdfPageWriter.Font(11))],
            [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold), ("Độc lập - Tự do - Hạnh phúc", bold)]);
        var now = VietnamTime.ToLocal(nowUtc);
        w.Paragraph($"Huế, ngày {now:dd} tháng {now:MM} năm {now:yyyy}", PdfPageWriter.Font(11), x: w.Left + w.Width * 0.42, width: w.Width * 0.58, center: true);
        w.Space(6);
        w.Paragraph("BÁO CÁO ĐIỀU HÀNH", PdfPageWriter.Font(15, bold: true), center: true, after: 2);
        w.Paragraph($"{(d.Scope.OwnWork ? $"Công việc của {d.Scope.Name}" : d.Scope.Name)} — {PeriodName(d.Period)}", bold, center: true, after: 2);
        w.Paragraph($"So sánh với kỳ trước: {VietnamTime.Format(d.PreviousPeriod.From)} – {VietnamTime.Format(d.PreviousPeriod.To)}. Số liệu đến {now:HH:mm dd/MM/yyyy}.",
            PdfPageWriter.Font(10), center: true, after: 10);

        w.Paragraph("1. Các chỉ tiêu chính", heading);
        var rows = new List<string[]> { new[] { "Lĩnh vực", "Chỉ tiêu", "Kỳ này", "Kỳ trước" } };
        rows.AddRange(Indicators(d).Select(i => new[] { i.Area, i.Name, i.Now, i.Before }));
        w.Table(rows, [20, 40, 20, 20]);

        w.Paragraph("2. Diễn biến giao việc trong kỳ", heading);
        w.ColumnChart(d.Trend.Select(t => t.Label).ToList(), d.Trend.Select(t => (double)t.Assigned).ToList(), d.Trend.Select(t => (double)t.Completed).ToList(),
            "Việc được giao", "Việc hoàn thành", XColor.FromArgb(0x5B, 0x2C, 0x83), XColor.FromArgb(0x2E, 0x7D, 0x32));

        if (!d.Scope.OwnWork)
        {
            var ranked = d.ByUnit.Where(r => r.Current.Tasks.Completed > 0).OrderByDescending(r => r.Current.Tasks.OnTimeRate).ToList();
            w.Paragraph("3. Xếp hạng đơn vị theo tỷ lệ hoàn thành đúng hạn", heading);
            if (ranked.Count == 0)
            {
                w.Paragraph("Chưa có đơn vị nào hoàn thành công việc trong kỳ.", normal, after: 8);
            }
            else
            {
                w.BarChart(ranked.Select(r => (r.Name, r.Current.Tasks.OnTimeRate ?? 0, $"{Percent(r.Current.Tasks.OnTimeRate)} ({r.Current.Tasks.CompletedOnTime}/{r.Current.Tasks.Completed})")).ToList(),
                    XColor.FromArgb(0x2E, 0x7D, 0x32));
            }

            var overdue = d.ByUnit.Where(r => r.Current.Tasks.OverdueNow + r.Current.Documents.OverdueNow > 0)
                .OrderByDescending(r => r.Current.Tasks.OverdueNow + r.Current.Documents.OverdueNow).ToList();
            w.Paragraph("4. Việc và văn bản đang quá hạn theo đơn vị", heading);
            if (overdue.Count == 0)
            {
                w.Paragraph("Không có việc hay văn bản quá hạn.", normal, after: 8);
            }
            else
            {
                w.BarChart(overdue.Select(r => (r.Name, (double)(r.Current.Tasks.OverdueNow + r.Current.Documents.OverdueNow),
                    $"{r.Current.Tasks.OverdueNow} việc, {r.Current.Documents.OverdueNow} văn bản")).ToList(), XColor.FromArgb(0xB7, 0x1C, 0x1C));
            }

            w.Paragraph("5. Số liệu theo đơn vị", heading);
            var units = new List<string[]> { new[] { "Đơn vị", "Giao", "Hoàn thành", "Đúng hạn", "Quá hạn", "VB đến", "VB đi", "Yêu cầu", "Trả lời đúng hạn", "Dữ liệu đã công nhận" } };
            units.AddRange(d.ByUnit.Select(r => new[]
            {
                r.UnitId == d.Scope.UnitId ? $"{r.Name} (trực tiếp)" : r.Name, r.Current.Tasks.Assigned.ToString(Vi), r.Current.Tasks.Completed.ToString(Vi),
                Percent(r.Current.Tasks.OnTimeRate), r.Current.Tasks.OverdueNow.ToString(Vi), r.Current.Documents.Received.ToString(Vi), r.Current.Documents.Issued.ToString(Vi),
                r.Current.Requests.Received.ToString(Vi), Percent(r.Current.Requests.OnTimeRate), $"{r.Current.Datasets.CertifiedToDate}/{r.Current.Datasets.RegisteredToDate}",
            }));
            w.Table(units, [30, 7, 9, 9, 8, 8, 7, 8, 11, 12], size: 9);

            if (d.Refusals.Count > 0)
            {
                w.Paragraph("6. Yêu cầu dữ liệu bị từ chối và lý do (Điều 27.2)", heading);
                var refusals = new List<string[]> { new[] { "Số yêu cầu", "Đơn vị quản lý", "Ngày", "Lý do" } };
                refusals.AddRange(d.Refusals.Select(r => new[] { r.Number ?? "", r.OwnerName, VietnamTime.Format(r.On), r.Reason }));
                w.Table(refusals, [14, 26, 12, 48], size: 9);
            }
        }

        w.Finish();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
