using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Features.Files;
using HueWorkspace.Web.Api;
using HueWorkspace.Web.Auth;
using HueWorkspace.Web.Reports;

namespace HueWorkspace.Web.Features.Tasks;

public static class TasksExtensions
{
    public static IServiceCollection AddWorkspaceTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new TaskReminderOptions { ReminderWorkingDays = configuration.GetValue("Tasks:ReminderWorkingDays", 1) });
        services.AddSingleton<TaskReminderJob>();
        if (configuration.GetValue("Tasks:RemindersEnabled", true))
        {
            services.AddHostedService<TaskReminderWorker>();
        }

        return services;
    }

    /// <summary>Files a browser opens directly: attachments, the printable slip, the spreadsheet of a filtered list.</summary>
    public static WebApplication MapTaskFiles(this WebApplication app)
    {
        var files = app.MapGroup("/tasks").RequireAuthorization(Policies.Staff).AddEndpointFilter<DomainProblemFilter>();
        files.MapGet("/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, TaskQueries queries, FileService store, CancellationToken ct) =>
            await FileResults.DownloadAsync(await queries.GetAttachmentAsync(id, fileId, ct), store, ct));
        files.MapGet("/{id:guid}/phieu-giao-viec.pdf", async (Guid id, TaskQueries service, TimeProvider clock, CancellationToken ct) =>
        {
            var detail = await service.GetAsync(id, ct);
            return Results.File(TaskSlipPdf.Build(detail, clock.GetUtcNow().UtcDateTime), "application/pdf", "phieu-giao-viec.pdf");
        });
        files.MapGet("/export.xlsx", async (HttpRequest request, TaskQueries service, TimeProvider clock, CancellationToken ct) =>
        {
            var rows = await service.ExportAsync(TaskListAddress.Keys.Read(request.Query), ct);
            var stamp = Domain.Common.VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
            return Results.File(TaskExport.Build(rows), XlsxWriter.ContentType, $"cong-viec-{stamp}.xlsx");
        });
        return app;
    }
}

public static class TaskExport
{
    public static byte[] Build(IReadOnlyList<TaskRow> rows) => XlsxWriter.Build("Công việc",
        ["STT", "Tên công việc", "Đơn vị chủ trì", "Người xử lý", "Người giao", "Ngày giao", "Hạn xử lý", "Trạng thái", "Mức độ", "Tiến độ (%)", "Quá hạn", "Ngày làm việc còn lại"],
        rows.Select((r, i) => new object?[]
        {
            i + 1, r.Title, r.LeadUnitName, r.LeadHandlerName ?? "", r.AssignerName, DateOnly.FromDateTime(Domain.Common.VietnamTime.ToLocal(r.CreatedAtUtc)),
            r.DueDate, r.State.Title(Domain.Common.DomainTexts.Vietnamese), r.Priority.Title(Domain.Common.DomainTexts.Vietnamese), r.Percent, Lateness(r),
            r.State is TaskState.Completed or TaskState.Cancelled ? "" : r.WorkingDaysLeft,
        }),
        [6, 50, 32, 24, 24, 12, 12, 18, 12, 10, 16, 12]);

    /// <summary>The "Quá hạn" column: overdue, completed late, or paused with its deadline behind it.</summary>
    private static string Lateness(TaskRow r) =>
        r.IsOverdue ? "Quá hạn"
        : r.CompletedLate ? "Hoàn thành chậm"
        : r.State == TaskState.Paused && r.WorkingDaysLeft < 0 ? "Quá hạn (đang tạm dừng)"
        : "";
}
