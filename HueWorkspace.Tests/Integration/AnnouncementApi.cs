using System.Net.Http.Json;

namespace HueWorkspace.Tests.Integration;

/// <summary>Sends an announcement through the JSON API, as the Hue-S app would.</summary>
public static class AnnouncementApi
{
    public static Task<HttpResponseMessage> SendAsync(this SignInClient client, Guid unitId, string title, string body = "Nội dung.", bool includeSubunits = false) =>
        client.Http.PostAsJsonAsync("/api/announcements", new { title, body, targetUnitId = unitId, includeSubunits });
}
