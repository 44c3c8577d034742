using System.Reflection;
using System.Reflection.Emit;
using HueWorkspace.Domain.Common;

namespace HueWorkspace.Tests.Domain.Common;

/// <summary>
/// No feature folder reaches into another (issue 22): read from the compiled Domain assembly, every type a feature's code
/// names — in a signature, a field, a base type or an instruction of a method body, lambdas and async steps included —
/// belongs to the feature itself, to a shared folder, or to another feature's <em>named interface</em> (a public
/// interface and the types its members take and give). Persistence and Seeding compose every feature and are not one.
/// </summary>
public sealed class FeatureDependencyTests
{
    private const string Root = "HueWorkspace.Domain.";

    /// <summary>What every feature may use freely: the shared folders, and the platform's own (the working calendar, the
    /// cluster's job leases, sign-in sessions, texts).</summary>
    private static readonly HashSet<string> Shared = ["Common", "Organization", "Files", "Notifications", "Auditing", "Calendar", "Cluster", "SignIn", "Resources"];

    /// <summary>What wires every feature together (the database context, the demo data): not a feature, used by none but them.</summary>
    private static readonly HashSet<string> Composition = ["Persistence", "Seeding"];

    [Fact]
    public void NoFeatureUsesAnother_ExceptThroughItsNamedInterfaces()
    {
        var assembly = typeof(WorkflowServices).Assembly;
        var contracts = Contracts(assembly);
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = FolderOf(type);
            if (from is null || Composition.Contains(from))
            {
                continue;
            }

            foreach (var used in References(type))
            {
                var to = FolderOf(used);
                // The database context is everyone's way to the database; what a feature reads through it still counts
                // (db.IncomingDocuments names IncomingDocument).
                if (to is null || to == from || to == "Persistence" || Shared.Contains(to) || contracts.Contains(Definition(used)))
                {
                    continue;
                }

                violations.Add($"{from} → {to}: {Outer(type).FullName} uses {Definition(used).FullName}");
            }
        }

        Assert.True(violations.Count == 0, "Một phân hệ dùng trực tiếp phân hệ khác:\n" + string.Join("\n", violations)
            + "\n\nGiao diện được phép: " + string.Join(", ", contracts.Select(c => c.Name).Order()));
    }

    [Fact]
    public void TheReader_SeesAReferenceInsideAMethodBody()
    {
        // The test would pass on an empty reader: it must find what a lambda inside an async method names.
        var found = WithNested(typeof(Sample)).SelectMany(References).Select(Definition).ToHashSet();
        Assert.Contains(typeof(System.Text.StringBuilder), found);
        Assert.Contains(typeof(Uri), found);
    }

    private sealed class Sample
    {
        public static async Task<int> RunAsync()
        {
            await Task.Yield();
            Func<int> f = () => new System.Text.StringBuilder().Length;
            return f() + new Uri("https://hue.gov.vn").Port;
        }
    }

    /// <summary>The folder a type lives in (its namespace's third part), or null outside the Domain.</summary>
    private static string? FolderOf(Type type)
    {
        var ns = Outer(Definition(type)).Namespace;
        if (ns is null || !ns.StartsWith(Root, StringComparison.Ordinal) || Definition(type).Assembly != typeof(WorkflowServices).Assembly)
        {
            return null;
        }

        var rest = ns[Root.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(WithNested).Prepend(type);

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static Type Definition(Type type)
    {
        while (type.HasElementType)
        {
            type = type.GetElementType()!;
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
    }

    /// <summary>Each public interface of the Domain and every Domain type its members take or give (and those types' own parts).</summary>
    private static HashSet<Type> Contracts(Assembly assembly)
    {
        var result = new HashSet<Type>();
        foreach (var contract in assembly.GetTypes().Where(t => t.IsInterface && t.IsPublic))
        {
            result.Add(contract);
            foreach (var method in contract.GetMethods())
            {
                foreach (var type in method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType))
                {
                    AddWithParts(type, result, assembly);
                }
            }
        }

        return result;
    }

    private static void AddWithParts(Type type, HashSet<Type> into, Assembly assembly)
    {
        // An entity (a stored, versioned or audited row) never becomes part of a contract, even when a record carries it:
        // another feature holding one may pass it back, never read it or its table.
        foreach (var part in Flatten(type).Select(Definition).Where(t => t.Assembly == assembly && !t.IsGenericParameter && FolderOf(t) != "Persistence" && !IsEntity(t)))
        {
            if (into.Add(part) && IsRecord(part))
            {
                // A record handed across carries its properties' types with it (an enum it holds, a nested record).
                foreach (var property in part.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    AddWithParts(property.PropertyType, into, assembly);
                }
            }
        }
    }

    private static bool IsEntity(Type type) =>
        typeof(IVersioned).IsAssignableFrom(type) || typeof(IAudited).IsAssignableFrom(type)
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAggregateChild<>));

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || type.IsValueType && !type.IsEnum
        && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Every type a type's declaration and code name.</summary>
    private static IEnumerable<Type> References(Type type)
    {
        var seen = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is not null)
            {
                foreach (var part in Flatten(t))
                {
                    seen.Add(part);
                }
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var field in type.GetFields(Everything))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(Everything))
        {
            Add(property.PropertyType);
        }

        var methods = type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything));
        foreach (var method in methods)
        {
            foreach (var p in method.GetParameters())
            {
                Add(p.ParameterType);
            }

            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var t in BodyReferences(method))
            {
                Add(t);
            }
        }

        return seen;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types named by the tokens of a method body's instructions (calls, fields, casts, allocations).</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method is MethodInfo { IsGenericMethod: true } m ? m.GetGenericArguments() : null;
        var module = method.Module;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.ShortInlineR or OperandType.InlineString or OperandType.InlineSig:
                    at += 4;
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    var member = module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                    at += 4;
                    foreach (var t in TypesOf(member))
                    {
                        yield return t;
                    }

                    break;
#pragma warning disable CS0618 // InlinePhi is obsolete and never emitted; listed so that every operand kind is handled.
                case OperandType.InlinePhi:
#pragma warning restore CS0618
                    throw new InvalidOperationException("Unexpected phi operand.");
            }
        }
    }

    private static IEnumerable<Type> TypesOf(MemberInfo? member)
    {
        switch (member)
        {
            case Type t:
                yield return t;
                break;
            case FieldInfo f:
                yield return f.DeclaringType!;
                yield return f.FieldType;
                break;
            case MethodBase m:
                yield return m.DeclaringType!;
                foreach (var p in m.GetParameters())
                {
                    yield return p.ParameterType;
                }

                if (m is MethodInfo info)
                {
                    yield return info.ReturnType;
                    if (info.IsGenericMethod)
                    {
                        foreach (var a in info.GetGenericArguments())
                        {
                            yield return a;
                        }
                    }
                }

                break;
        }
    }
}
