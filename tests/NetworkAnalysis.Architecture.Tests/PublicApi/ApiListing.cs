using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace NetworkAnalysis.Architecture.Tests.PublicApi;

/// <summary>
/// Writes the public surface of an assembly as sorted text, one line per type or member: what an
/// embedding developer can call (public, and protected on unsealed types), with parameter names,
/// default values and nullable annotations, since changing any of these can break a caller. Compiler
/// plumbing (names starting with '&lt;') and attributes other than the member's shape are left out.
/// </summary>
internal static class ApiListing
{
    /// <summary>The listing of every public type of <paramref name="assembly"/>.</summary>
    public static string Of(Assembly assembly) => Of(assembly.GetTypes());

    /// <summary>The listing of <paramref name="types"/> (the visible ones), sorted by namespace and name.</summary>
    public static string Of(IEnumerable<Type> types)
    {
        var text = new StringBuilder();
        foreach (var group in types.Where(IsVisible).GroupBy(t => t.Namespace ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("namespace ").Append(group.Key).Append('\n');
            foreach (var type in group.OrderBy(t => TypeName(t), StringComparer.Ordinal))
            {
                text.Append("  ").Append(Declaration(type)).Append('\n');
                foreach (var member in Members(type).Order(StringComparer.Ordinal))
                {
                    text.Append("    ").Append(member).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNestedPublic && IsVisible(type.DeclaringType!))
        || ((type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!) && !type.DeclaringType!.IsSealed);

    private static string Declaration(Type type)
    {
        if (type.IsEnum)
        {
            return $"public enum {TypeName(type)} : {Format(Enum.GetUnderlyingType(type))}";
        }

        if (typeof(Delegate).IsAssignableFrom(type.BaseType) && type.GetMethod("Invoke") is { } invoke)
        {
            return $"public delegate {Format(invoke.ReturnParameter)} {TypeName(type)}({Parameters(invoke)})";
        }

        var kind = type.IsInterface ? "interface"
            : type.IsValueType ? (IsRecord(type) ? "record struct" : "struct")
            : IsRecord(type) ? "record" : "class";
        var modifiers = type.IsInterface || type.IsValueType ? ""
            : type.IsAbstract && type.IsSealed ? "static "
            : type.IsAbstract ? "abstract "
            : type.IsSealed ? "sealed " : "";
        if (type.IsValueType && type.GetCustomAttribute<IsReadOnlyAttribute>() is not null)
        {
            modifiers = "readonly ";
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(Format(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Format).Order(StringComparer.Ordinal));
        return $"public {modifiers}{kind} {TypeName(type)}{(bases.Count == 0 ? "" : " : " + string.Join(", ", bases))}";
    }

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static IEnumerable<string> Members(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        if (typeof(Delegate).IsAssignableFrom(type.BaseType))
        {
            yield break;
        }

        foreach (var ctor in type.GetConstructors(all).Where(c => Visible(c, type)))
        {
            yield return $"{Access(ctor)}{(ctor.IsStatic ? "static " : "")}ctor({Parameters(ctor)})";
        }

        foreach (var method in type.GetMethods(all).Where(m => !m.IsSpecialName && Visible(m, type) && !m.Name.StartsWith('<')))
        {
            yield return $"{Access(method)}{Modifiers(method, type)}{Format(method.ReturnParameter)} {method.Name}{GenericArguments(method)}({Parameters(method)})";
        }

        foreach (var method in type.GetMethods(all).Where(m => m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal) && Visible(m, type)))
        {
            yield return $"{Access(method)}static {Format(method.ReturnParameter)} {method.Name}({Parameters(method)})";
        }

        foreach (var property in type.GetProperties(all))
        {
            var accessors = new[] { property.GetMethod, property.SetMethod }.Where(a => a is not null && Visible(a, type)).ToList();
            if (accessors.Count == 0 || property.Name.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var first = accessors[0]!;
            var index = property.GetIndexParameters();
            var name = index.Length == 0 ? property.Name : $"this[{string.Join(", ", index.Select(Parameter))}]";
            var parts = new List<string>();
            if (property.GetMethod is { } get && Visible(get, type))
            {
                parts.Add(Access(get) == Access(first) ? "get;" : $"{Access(get)}get;");
            }

            if (property.SetMethod is { } set && Visible(set, type))
            {
                var word = set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init;" : "set;";
                parts.Add(Access(set) == Access(first) ? word : $"{Access(set)}{word}");
            }

            yield return $"{Access(first)}{Modifiers(first, type)}{Format(property)} {name} {{ {string.Join(' ', parts)} }}";
        }

        foreach (var field in type.GetFields(all).Where(f => Visible(f, type) && !f.Name.StartsWith('<')))
        {
            var prefix = field.IsLiteral ? "const " : (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
            var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : "";
            yield return $"{Access(field)}{prefix}{Format(field)} {field.Name}{value}";
        }

        foreach (var evt in type.GetEvents(all).Where(e => e.AddMethod is { } add && Visible(add, type)))
        {
            yield return $"{Access(evt.AddMethod!)}{Modifiers(evt.AddMethod!, type)}event {Format(evt.EventHandlerType!)} {evt.Name}";
        }
    }

    private static bool Visible(MethodBase member, Type type) =>
        member.IsPublic || (!type.IsSealed && (member.IsFamily || member.IsFamilyOrAssembly));

    private static bool Visible(FieldInfo field, Type type) =>
        field.IsPublic || (!type.IsSealed && (field.IsFamily || field.IsFamilyOrAssembly));

    private static string Access(MethodBase member) => member.IsPublic ? "public " : "protected ";

    private static string Access(FieldInfo field) => field.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo method, Type type)
    {
        if (method.IsStatic)
        {
            return method.IsDefined(typeof(ExtensionAttribute), false) ? "static extension " : "static ";
        }

        if (type.IsInterface)
        {
            return method.IsAbstract ? "" : "default ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        var isOverride = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        if (isOverride)
        {
            return method.IsFinal ? "sealed override " : "override ";
        }

        return method.IsVirtual && !method.IsFinal ? "virtual " : "";
    }

    private static string GenericArguments(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo parameter)
    {
        var prefix = parameter.ParameterType.IsByRef
            ? parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref "
            : parameter.IsDefined(typeof(ParamArrayAttribute), false) ? "params " : "";
        var text = $"{prefix}{Format(parameter)} {parameter.Name}";
        return parameter.HasDefaultValue ? $"{text} = {Literal(parameter.RawDefaultValue)}" : text;
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        char c => "'" + c + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Format(ParameterInfo parameter) => Format(parameter.ParameterType, Nullability(() => new NullabilityInfoContext().Create(parameter)));

    private static string Format(PropertyInfo property) => Format(property.PropertyType, Nullability(() => new NullabilityInfoContext().Create(property)));

    private static string Format(FieldInfo field) => Format(field.FieldType, Nullability(() => new NullabilityInfoContext().Create(field)));

    private static string Format(Type type) => Format(type, null);

    private static NullabilityInfo? Nullability(Func<NullabilityInfo> read)
    {
        try
        {
            return read();
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A type as C# would write it, with namespaces, and '?' where the annotation says nullable.</summary>
    private static string Format(Type type, NullabilityInfo? nullability)
    {
        if (type.IsByRef)
        {
            return Format(type.GetElementType()!, nullability);
        }

        var mark = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : "";
        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return Format(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', rank - 1) + "]" + mark;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Format(underlying, null) + "?";
        }

        if (type.IsGenericParameter)
        {
            return type.Name + mark;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + mark;
        }

        var name = StripArity(type.Name);
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var infos = nullability?.GenericTypeArguments;
            var offset = type.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments().Length : 0;
            var own = arguments.Skip(offset).Select((a, i) =>
                Format(a, infos is not null && infos.Length == arguments.Length ? infos[offset + i] : null)).ToList();
            name = own.Count == 0 ? name : name + "<" + string.Join(", ", own) + ">";
        }

        var prefix = type.DeclaringType is { } outer ? Format(outer) + "." : type.Namespace is { Length: > 0 } ns ? ns + "." : "";
        return prefix + name + mark;
    }

    private static string TypeName(Type type)
    {
        var name = type.IsGenericType ? StripArity(type.Name) + "<" + string.Join(", ", type.GetGenericArguments().Skip(type.DeclaringType?.GetGenericArguments().Length ?? 0).Select(a => a.IsGenericParameter ? a.Name : Format(a))) + ">" : type.Name;
        return type.DeclaringType is { } outer ? TypeName(outer) + "." + name : name;
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var angle = name.IndexOf('<', StringComparison.Ordinal);
        return tick >= 0 && (angle < 0 || tick < angle) ? name[..tick] : name;
    }

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short", [typeof(ushort)] = "ushort",
        [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong",
        [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(char)] = "char",
        [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };
}
