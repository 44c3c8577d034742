using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using HueWorkspace.Domain.Tasks;

namespace HueWorkspace.Tests.Integration.Tasks;

/// <summary>Calls the tasks API as a signed-in person.</summary>
public static class TaskApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record TaskDto(Guid Id, string Title, TaskState State, int Percent, Guid Version, DateOnly DueDate, bool IsOverdue, IReadOnlyList<TaskOperation> Allowed, string? StateReason);

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Ho_Chi_Minh"));

    public static async Task<Guid> CreateAsync(this SignInClient client, Guid leadUnit, string title, Guid? coordinator = null, int days = 10)
    {
        var response = await client.PostCreateAsync(leadUnit, title, coordinator, days);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> PostCreateAsync(this SignInClient client, Guid leadUnit, string title, Guid? coordinator = null, int days = 10) =>
        client.Http.PostAsJsonAsync("/api/tasks", new
        {
            title,
            description = "Nội dung **kiểm thử**.",
            priority = "High",
            lead = new { unitId = leadUnit, dueDate = Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            coordinators = coordinator is { } c ? new[] { new { unitId = c, dueDate = Today.AddDays(days - 2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } } : [],
        });

    public static async Task<TaskDto> GetTaskAsync(this SignInClient client, Guid id) =>
        (await client.Http.GetFromJsonAsync<TaskDto>($"/api/tasks/{id}", Json))!;

    public static Task<HttpResponseMessage> ActAsync(this SignInClient client, Guid id, string operation, Guid version, object? fields = null)
    {
        var body = JsonSerializer.SerializeToElement(fields ?? new { }, Json).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        body["version"] = version;
        return client.Http.PostAsJsonAsync($"/api/tasks/{id}/actions/{operation}", body, Json);
    }
}
