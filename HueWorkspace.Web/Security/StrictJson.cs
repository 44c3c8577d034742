using System.Text.Json;
using System.Text.Json.Serialization;

namespace HueWorkspace.Web.Security;

/// <summary>
/// The JSON rules of every API body, set once for all modules: enums by name or number but only values the enum
/// defines ("priority": 99 was once stored and broke the export for everyone), no missing required field and no null
/// where the type says none (<c>{"title":"x"}</c> without <c>lead</c> answered 500), no null inside a list
/// (<c>"coordinators": [null]</c>). A refusal becomes a 400 problem in <see cref="BadRequestProblems"/>.
/// </summary>
public static class StrictJson
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.Converters.Add(new DefinedEnumConverterFactory());
        options.Converters.Add(new NoNullElementsConverterFactory());
    }

    /// <summary>A value these rules refuse, with a Vietnamese message the caller may see as it is.</summary>
    public sealed class Refusal(string message) : JsonException(message);

    /// <summary>Enums as their names (as the database stores them); reading refuses anything the enum does not define.</summary>
    private sealed class DefinedEnumConverterFactory : JsonConverterFactory
    {
        private readonly JsonStringEnumConverter _names = new();

        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(DefinedEnumConverter<>).MakeGenericType(typeToConvert),
                _names.CreateConverter(typeToConvert, options))!;
    }

    private sealed class DefinedEnumConverter<T>(JsonConverter inner) : JsonConverter<T> where T : struct, Enum
    {
        private readonly JsonConverter<T> _inner = (JsonConverter<T>)inner;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = _inner.Read(ref reader, typeToConvert, options);
            return Enum.IsDefined(value) ? value : throw new Refusal($"Giá trị {value} không có trong danh mục.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _inner.Write(writer, value, options);
    }

    /// <summary>Lists declared as interfaces (<c>IReadOnlyList&lt;T&gt;</c> and kin) of reference types refuse a null element.</summary>
    private sealed class NoNullElementsConverterFactory : JsonConverterFactory
    {
        private static readonly Type[] Interfaces =
            [typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IEnumerable<>), typeof(IList<>), typeof(ICollection<>)];

        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsInterface && typeToConvert.IsGenericType && Interfaces.Contains(typeToConvert.GetGenericTypeDefinition())
            && (!typeToConvert.GetGenericArguments()[0].IsValueType || Nullable.GetUnderlyingType(typeToConvert.GetGenericArguments()[0]) is not null)
            && typeToConvert.GetGenericArguments()[0] != typeof(object);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(
                typeof(NoNullElementsConverter<,>).MakeGenericType(typeToConvert, typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class NoNullElementsConverter<TList, T> : JsonConverter<TList> where TList : class, IEnumerable<T>
    {
        public override TList? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var list = JsonSerializer.Deserialize<List<T>>(ref reader, options);
            if (list is not null && list.Any(item => item is null))
            {
                throw new Refusal("Danh sách có phần tử trống (null).");
            }

            return list as TList;
        }

        public override void Write(Utf8JsonWriter writer, TList value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }
}
