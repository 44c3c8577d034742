using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HueWorkspace.Web.Cluster;

/// <summary>
/// For the capacity benchmark only (<c>Diagnostics:HeapEndpoint</c>): the open circuits and, read by reflection from
/// Blazor's renderer, how many components each holds by type — where a circuit's memory goes (docs/capacity.md).
/// </summary>
internal sealed class CircuitCensus : CircuitHandler
{
    private static readonly ConcurrentDictionary<string, Circuit> Open = new();

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Open[circuit.Id] = circuit;
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Open.TryRemove(circuit.Id, out _);
        return Task.CompletedTask;
    }

    /// <summary>Component types and their counts over every open circuit, most first.</summary>
    public static object Report()
    {
        var byType = new Dictionary<string, int>();
        var circuits = 0;
        foreach (var circuit in Open.Values)
        {
            var host = circuit.GetType().GetField("_circuitHost", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(circuit);
            var renderer = host?.GetType().GetProperty("Renderer", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(host);
            var states = renderer is null ? null : FindField(renderer.GetType(), "_componentStateById")?.GetValue(renderer) as IDictionary;
            if (states is null)
            {
                continue;
            }

            circuits++;
            foreach (var state in states.Values)
            {
                var component = state!.GetType().GetProperty("Component")?.GetValue(state);
                var name = component?.GetType().Name ?? "?";
                byType[name] = byType.GetValueOrDefault(name) + 1;
            }
        }

        return new
        {
            circuits,
            componentsPerCircuit = circuits == 0 ? 0 : byType.Values.Sum() / (double)circuits,
            types = byType.OrderByDescending(t => t.Value).Select(t => new { t.Key, PerCircuit = circuits == 0 ? 0 : t.Value / (double)circuits }),
        };
    }

    private static FieldInfo? FindField(Type? type, string name)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.GetField(name, BindingFlags.Instance | BindingFlags.NonPublic) is { } field)
            {
                return field;
            }
        }

        return null;
    }
}
