"use strict";
exports.id = 700;
exports.ids = [700];
exports.modules = {

/***/ 5700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readPackageMode: () => (/* binding */ readPackageMode)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/merge.ts
var merge = __webpack_require__(9107);
;// CONCATENATED MODULE: ./src/packages/xml.ts
/**
 * A small, tolerant XML reader for package manifests as makeappx and Visual
 * Studio write them: UTF-8 with or without a BOM, UTF-16 with a BOM, an XML
 * declaration, comments (which may hold markup), attributes over several
 * lines in single or double quotes, entities, namespace prefixes. It builds
 * a tree of elements, their attributes and their own text (a manifest's
 * identity is in attributes; a few properties, such as `<Framework>`, are
 * text). Pure; no DTDs, no namespace URIs.
 */
class XmlError extends Error {
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** The text of an XML file, from its BOM (UTF-8, UTF-16 LE/BE) or, without one, its first bytes. */
function decodeXmlBytes(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return utf8(bytes.subarray(3));
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.subarray(2).toString('utf16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    if (bytes[0] === 0x3c && bytes[1] === 0x00)
        return bytes.toString('utf16le');
    if (bytes[0] === 0x00 && bytes[1] === 0x3c)
        return Buffer.from(bytes).swap16().toString('utf16le');
    return utf8(bytes);
}
function utf8(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        throw new XmlError('it is neither UTF-8 nor UTF-16');
    }
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Character and entity references replaced by what they stand for. */
function decodeEntities(raw) {
    return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref) => {
        if (ref.startsWith('#x'))
            return String.fromCodePoint(parseInt(ref.slice(2), 16));
        if (ref.startsWith('#'))
            return String.fromCodePoint(parseInt(ref.slice(1), 10));
        return ENTITIES[ref] ?? whole;
    });
}
/** An attribute value as XML reads it: line breaks and tabs become spaces, then entities are decoded. */
function attributeValue(raw) {
    return decodeEntities(raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' '));
}
const localName = (qualified) => qualified.slice(qualified.indexOf(':') + 1);
const NAME = /[^\s/>=]+/y;
const ATTRIBUTE = /\s+([^\s/>=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;
/** Skips a comment, processing instruction, CDATA or DOCTYPE at `at`; where the text goes on, or undefined. */
function skipMarkup(text, at) {
    const skipTo = (close, from, what) => {
        const end = text.indexOf(close, from);
        if (end < 0)
            throw new XmlError(`a ${what} is never closed (truncated?)`);
        return end + close.length;
    };
    if (text.startsWith('<!--', at))
        return skipTo('-->', at + 4, 'comment');
    if (text.startsWith('<?', at))
        return skipTo('?>', at + 2, 'processing instruction');
    if (text.startsWith('<![CDATA[', at))
        return skipTo(']]>', at + 9, 'CDATA section');
    if (text.startsWith('<!', at)) {
        const subset = text.indexOf('[', at);
        const close = text.indexOf('>', at);
        return subset >= 0 && subset < close
            ? skipTo('>', skipTo(']', subset, 'DOCTYPE'), 'DOCTYPE')
            : skipTo('>', at, 'DOCTYPE');
    }
    return undefined;
}
/** Reads a start tag at `at` (just after `<`): the element, whether it closes itself, and where the text goes on. */
function readStartTag(text, at) {
    NAME.lastIndex = at;
    const name = NAME.exec(text);
    if (!name)
        throw new XmlError(`a tag without a name at character ${at}`);
    const element = { name: localName(name[0]), attributes: {}, children: [], text: '' };
    let next = NAME.lastIndex;
    for (;;) {
        ATTRIBUTE.lastIndex = next;
        const attribute = ATTRIBUTE.exec(text);
        if (!attribute)
            break;
        element.attributes[attribute[1]] = attributeValue(attribute[2] ?? attribute[3]);
        next = ATTRIBUTE.lastIndex;
    }
    TAG_END.lastIndex = next;
    const end = TAG_END.exec(text);
    if (!end)
        throw new XmlError(`the tag <${name[0]}> is malformed or cut off at character ${next}`);
    return { element, empty: end[1] === '/', next: TAG_END.lastIndex };
}
/** The root element of the document. */
function parseXml(text) {
    const open = [];
    let root;
    let at = 0;
    for (;;) {
        const lt = text.indexOf('<', at);
        if (lt < 0)
            break;
        if (open.length > 0 && lt > at)
            open[open.length - 1].text += decodeEntities(text.slice(at, lt));
        const skipped = skipMarkup(text, lt);
        if (skipped !== undefined) {
            at = skipped;
        }
        else if (text[lt + 1] === '/') {
            const end = text.indexOf('>', lt);
            const name = localName(text.slice(lt + 2, end < 0 ? undefined : end).trim());
            const top = open.pop();
            if (end < 0 || !top || top.name !== name) {
                throw new XmlError(`</${name}> does not close ${top ? `<${top.name}>` : 'any element'}`);
            }
            at = end + 1;
        }
        else {
            const { element, empty, next } = readStartTag(text, lt + 1);
            if (open.length > 0)
                open[open.length - 1].children.push(element);
            else if (!root)
                root = element;
            else
                throw new XmlError(`a second root element <${element.name}>`);
            if (!empty)
                open.push(element);
            at = next;
        }
    }
    if (!root)
        throw new XmlError('it holds no element');
    if (open.length > 0)
        throw new XmlError(`it ends before </${open[open.length - 1].name}> (truncated?)`);
    return root;
}
/** An attribute by local name, an unprefixed one first. */
function attribute(element, name) {
    if (name in element.attributes)
        return element.attributes[name];
    const prefixed = Object.keys(element.attributes).find((key) => localName(key) === name && key.includes(':'));
    return prefixed === undefined ? undefined : element.attributes[prefixed];
}
/** The element's children with this local name. */
function childrenNamed(element, name) {
    return element.children.filter((child) => child.name === name);
}

;// CONCATENATED MODULE: ./src/packages/manifest.ts
/**
 * What a package says about itself: the identity in `AppxManifest.xml` (a
 * package) or `AppxMetadata/AppxBundleManifest.xml` (a bundle), the
 * packages a bundle holds, and the device families they target. Pure: bytes
 * in, plain data out.
 */

const PACKAGE_MANIFEST = 'AppxManifest.xml';
const BUNDLE_MANIFEST = 'AppxMetadata/AppxBundleManifest.xml';
/**
 * A manifest that cannot be read, or a file that lacks what the Store needs.
 * With a hint, the file is whole but not what its name promises (a flat
 * bundle, a package named as a bundle): the hint says what to do instead.
 */
class ManifestError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
}
const VERSION = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;
/** A version's four parts, or undefined when it is not `a.b.c.d` with parts up to 65535. */
function versionParts(version) {
    const match = VERSION.exec(version.trim());
    const parts = match?.slice(1).map(Number);
    return parts && parts.every((part) => part <= 65535) ? parts : undefined;
}
/** Negative, zero or positive as `a` is lower than, equal to or higher than `b`. Unreadable versions sort lowest. */
function compareVersions(a, b) {
    const [pa, pb] = [versionParts(a) ?? [-1], versionParts(b) ?? [-1]];
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
function parseRoot(bytes, file, rootName) {
    let root;
    try {
        root = parseXml(decodeXmlBytes(bytes));
    }
    catch (error) {
        if (error instanceof XmlError)
            throw new ManifestError(`${file} is not readable XML: ${error.message}`);
        throw error;
    }
    if (root.name !== rootName)
        throw new ManifestError(`${file} has <${root.name}> where <${rootName}> belongs`);
    return root;
}
function required(element, name, where) {
    const value = attribute(element, name)?.trim();
    if (!value)
        throw new ManifestError(`${where} has no ${name}`);
    return value;
}
function readIdentity(root, file) {
    const [element] = childrenNamed(root, 'Identity');
    if (!element)
        throw new ManifestError(`${file} has no <Identity> element`);
    const where = `the Identity in ${file}`;
    const version = required(element, 'Version', where);
    if (!versionParts(version))
        throw new ManifestError(`${where} has Version '${version}', not a.b.c.d`);
    const architecture = attribute(element, 'ProcessorArchitecture')?.trim().toLowerCase();
    return {
        name: required(element, 'Name', where),
        publisher: required(element, 'Publisher', where),
        version,
        ...(root.name === 'Package' ? { architecture: architecture || 'neutral' } : {})
    };
}
/** TargetDeviceFamily names under the element's Dependencies. */
function deviceFamiliesOf(element) {
    return childrenNamed(element, 'Dependencies')
        .flatMap((dependencies) => childrenNamed(dependencies, 'TargetDeviceFamily'))
        .map((family) => attribute(family, 'Name')?.trim())
        .filter((name) => Boolean(name));
}
/** Whether `<Properties>` has this boolean property set (`true` or `1`, as xs:boolean reads). */
function propertySet(root, name) {
    return childrenNamed(root, 'Properties')
        .flatMap((properties) => childrenNamed(properties, name))
        .some((property) => ['true', '1'].includes(property.text.trim().toLowerCase()));
}
function readPackageManifest(bytes) {
    const root = parseRoot(bytes, PACKAGE_MANIFEST, 'Package');
    return {
        identity: readIdentity(root, PACKAGE_MANIFEST),
        deviceFamilies: deviceFamiliesOf(root),
        framework: propertySet(root, 'Framework')
    };
}
function readBundleManifest(bytes) {
    const root = parseRoot(bytes, BUNDLE_MANIFEST, 'Bundle');
    const identity = readIdentity(root, BUNDLE_MANIFEST);
    const packages = childrenNamed(root, 'Packages')
        .flatMap((list) => childrenNamed(list, 'Package'))
        .map((element) => {
        const fileName = required(element, 'FileName', `a Package in ${BUNDLE_MANIFEST}`);
        const where = `the Package ${fileName} in ${BUNDLE_MANIFEST}`;
        const type = (attribute(element, 'Type') ?? 'resource').trim().toLowerCase();
        if (type !== 'application' && type !== 'resource')
            throw new ManifestError(`${where} has Type '${type}'`);
        const version = required(element, 'Version', where);
        if (!versionParts(version))
            throw new ManifestError(`${where} has Version '${version}', not a.b.c.d`);
        return {
            type,
            architecture: attribute(element, 'Architecture')?.trim().toLowerCase() || 'neutral',
            version,
            fileName,
            deviceFamilies: deviceFamiliesOf(element)
        };
    });
    if (!packages.some((p) => p.type === 'application')) {
        throw new ManifestError(`${BUNDLE_MANIFEST} lists no application package`);
    }
    return { identity, packages };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/packages/publisher-id.ts
/**
 * The publisher ID Windows derives from a package's Publisher (the 13
 * characters after `_` in a package family name), and the family name. Pure.
 */

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/**
 * The first 8 bytes of SHA-256 over the publisher in UTF-16LE, read as 65
 * bits (one zero bit appended), in 13 groups of 5 bits.
 */
function publisherId(publisher) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(publisher, 'utf16le')).digest();
    const bits = hash.readBigUInt64BE(0) << 1n;
    let id = '';
    for (let group = 12; group >= 0; group--)
        id += ALPHABET[Number((bits >> BigInt(group * 5)) & 31n)];
    return id;
}
/** `${name}_${publisherId}`, e.g. `Microsoft.WindowsCalculator_8wekyb3d8bbwe`. */
function packageFamilyName(name, publisher) {
    return `${name}_${publisherId(publisher)}`;
}

;// CONCATENATED MODULE: ./src/packages/checks.ts
/**
 * What the Store would refuse, found before anything changes: a package
 * whose family name is not the app's (the commonest certification failure
 * knowable in advance), and a version not higher than the packages of its
 * architecture already on the submission (refused at commit). Pure; each
 * failure is one ActionError naming the file, what it holds and what the
 * app expects.
 */




/** The app's identity from its resource; undefined fields when it does not carry them. */
function appIdentityOf(label, resource) {
    const text = (value) => (typeof value === 'string' && value ? value : undefined);
    return {
        label,
        packageFamilyName: text(resource.packageFamilyName),
        packageIdentityName: text(resource.packageIdentityName)
    };
}
/** e.g. `Contoso.App (publisher 'CN=Contoso', family name Contoso.App_abc, version 1.2.0.0)`. */
function describePackage(info) {
    const { name, publisher, version } = info.identity;
    return `${name} (publisher '${publisher}', family name ${info.familyName}, version ${version})`;
}
const IDENTITY_HINT = "Build it with the Identity Name and Publisher shown in Partner Center > the app > Product identity (Visual Studio: Publish > Associate App with the Store), or check 'application-id'; if it is not this app's package, leave it out of 'packages' with a '!' line.";
/**
 * Fails unless the package's family name is the app's: the identity name must
 * be the app's packageIdentityName and the publisher ID must be the part of
 * packageFamilyName after `_`. False when the app names no family to compare with.
 */
function checkIdentity(info, app) {
    const family = app.packageFamilyName;
    if (!family && !app.packageIdentityName)
        return false;
    const expectedName = app.packageIdentityName ?? family.slice(0, family.lastIndexOf('_'));
    const expectedPublisherId = family?.includes('_') ? family.slice(family.lastIndexOf('_') + 1) : undefined;
    const problems = [];
    if (info.identity.name.toLowerCase() !== expectedName.toLowerCase()) {
        problems.push(`its identity name is ${info.identity.name}, not ${expectedName}`);
    }
    const actualPublisherId = publisherId(info.identity.publisher);
    if (expectedPublisherId && actualPublisherId !== expectedPublisherId.toLowerCase()) {
        problems.push(`its publisher gives the publisher ID ${actualPublisherId}, not ${expectedPublisherId} (the package is signed for another publisher)`);
    }
    if (problems.length > 0) {
        const expected = family ? `family name ${family} (identity name ${expectedName})` : `identity name ${expectedName}`;
        throw new errors/* ActionError */.lZ(`Package ${info.path} holds ${describePackage(info)}, but the ${app.label} expects ${expected}: ${problems.join('; ')}.`, { hint: IDENTITY_HINT });
    }
    return true;
}
/** An existing package entry's architectures, lower case (a bundle's entry may name several). */
function architecturesOf(entry) {
    const value = typeof entry.architecture === 'string' ? entry.architecture : 'neutral';
    return value
        .split(/[\s,;|]+/)
        .filter(Boolean)
        .map((a) => a.toLowerCase());
}
/** The package entries of a submission's package list (ignoring anything that is not an object). */
function packageEntries(submission, field) {
    const list = submission?.[field];
    return Array.isArray(list) ? list.filter(merge/* isPlainObject */.Qd) : [];
}
/**
 * Fails unless every application package the file holds has a version higher
 * than every existing package of the same architecture (neutral with neutral).
 */
function checkVersions(info, existing, parentLabel) {
    for (const target of info.targets) {
        let highest;
        for (const entry of existing) {
            if (typeof entry.version !== 'string' || !architecturesOf(entry).includes(target.architecture))
                continue;
            if (!highest || compareVersions(entry.version, highest.version) > 0)
                highest = entry;
        }
        if (highest && compareVersions(target.version, highest.version) <= 0) {
            const other = typeof highest.fileName === 'string' ? `${highest.fileName}, ` : '';
            throw new errors/* ActionError */.lZ(`Package ${info.path} holds ${describePackage(info)} with version ${target.version} for ${target.architecture}, but the ${parentLabel} already has ${other}version ${highest.version} for ${target.architecture}: the Store takes only a higher version.`, { hint: 'Raise the Version in the Identity of Package.appxmanifest and build again.' });
        }
    }
}

;// CONCATENATED MODULE: ./src/packages/keep.ts


const PENDING_DELETE = 'PendingDelete';
const isDeleted = (entry) => typeof entry.fileStatus === 'string' && entry.fileStatus.toLowerCase() === PENDING_DELETE.toLowerCase();
/** `Windows.Desktop min version 10.0.10240.0` and `Windows.Desktop` alike: the family names, sorted. */
function familiesKey(entry) {
    const families = Array.isArray(entry.targetDeviceFamilies) ? entry.targetDeviceFamilies : [];
    return families
        .map((family) => (typeof family === 'string' ? family.trim().split(/\s+/)[0].toLowerCase() : ''))
        .filter(Boolean)
        .sort()
        .join(',');
}
const groupKey = (entry) => `${architecturesOf(entry).sort().join(',')}|${familiesKey(entry)}`;
/**
 * The existing entries, in their order, each kept or marked PendingDelete
 * (keeping its id and every other field). Entries already PendingDelete stay so.
 */
function keepExisting(existing, keep) {
    if (keep === 'all')
        return existing.map((entry) => structuredClone(entry));
    const kept = new Set();
    if (keep > 0) {
        const groups = new Map();
        for (const entry of existing.filter((e) => !isDeleted(e))) {
            groups.set(groupKey(entry), [...(groups.get(groupKey(entry)) ?? []), entry]);
        }
        for (const group of groups.values()) {
            const newest = [...group].sort((a, b) => compareVersions(String(b.version ?? ''), String(a.version ?? '')));
            newest.slice(0, keep).forEach((entry) => kept.add(entry));
        }
    }
    return existing.map((entry) => kept.has(entry) ? structuredClone(entry) : { ...structuredClone(entry), fileStatus: PENDING_DELETE });
}
/** What the Store needs for a new package: its path in the zip, PendingUpload, and no minimum DirectX or RAM. */
function newPackageEntry(fileName) {
    return { fileName, fileStatus: 'PendingUpload', minimumDirectXVersion: 'None', minimumSystemRam: 'None' };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/packages/find.ts
var find = __webpack_require__(54);
;// CONCATENATED MODULE: ./src/packages/set.ts
/**
 * The packages of one run, checked as a set before anything changes. A
 * build's output folder holds more than the app's packages: msbuild writes
 * the upload file and, in `<Project>_<Version>_Test/`, the same bundle
 * again beside the framework packages it depends on (`Dependencies/`). So
 * a pattern such as `out/**\/*.msix*` matches the same package twice and
 * Microsoft.VCLibs. Each is refused here, saying what it is and how to leave
 * it out. Pure.
 */



const EXCLUDE = "Leave it out of 'packages' with a '!' line";
const architectures = (info) => info.targets.map((t) => t.architecture).join(', ');
/** Fails on a framework package (e.g. Microsoft.VCLibs): the Store installs frameworks itself. */
function refuseFrameworks(packages) {
    const framework = packages.find((info) => info.framework);
    if (!framework)
        return;
    const { name, version } = framework.identity;
    throw new errors/* ActionError */.lZ(`Package ${framework.path} is a framework package (${name} ${version}, ${architectures(framework)}): apps depend on it and the Store installs it itself, so it is not published as an app's package.`, {
        hint: `${EXCLUDE}, e.g. '!**/Dependencies/**' (where Visual Studio copies the frameworks next to the test package).`
    });
}
/** Fails when the packages carry more than one identity: one app's packages all carry its identity. */
function refuseMixedIdentities(packages) {
    const groups = new Map();
    for (const info of packages) {
        const key = `${info.identity.name.toLowerCase()}\n${info.identity.publisher}`;
        groups.set(key, [...(groups.get(key) ?? []), info]);
    }
    if (groups.size < 2)
        return;
    const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
    const described = sorted.map((group) => `${group[0].identity.name} (publisher '${group[0].identity.publisher}', family name ${group[0].familyName}) in ${group.map((info) => info.path).join(', ')}`);
    throw new errors/* ActionError */.lZ(`The packages carry ${groups.size} identities, but one app's packages all carry its own: ${described.join('; ')}.`, {
        hint: `${EXCLUDE} for each package that is not this app's, e.g. '!**/${(0,external_node_path_.basename)(sorted[sorted.length - 1][0].path)}'.`
    });
}
/** Fails when two files hold the same application package (identity, version, architecture). */
function refuseDuplicates(packages) {
    const seen = new Map();
    for (const info of packages) {
        for (const target of info.targets) {
            const key = `${info.identity.name.toLowerCase()}|${target.version}|${target.architecture}`;
            const other = seen.get(key);
            if (other && other !== info) {
                throw new errors/* ActionError */.lZ(`Packages ${other.path} and ${info.path} both hold ${info.identity.name} version ${target.version} for ${target.architecture}: the Store takes each package once.`, {
                    hint: `Match only one of them: the upload file (e.g. 'AppPackages/*.msixupload') carries the bundle and its symbols; or leave the test folder out with '!**/*_Test/**'.`
                });
            }
            seen.set(key, info);
        }
    }
}
/**
 * Fails, naming the files, when the set holds a framework package, two
 * identities, one package twice, or two files of one name (in that order:
 * the first says the most; msbuild writes each framework once per architecture
 * under one name).
 */
function checkPackageSet(packages) {
    refuseFrameworks(packages);
    refuseMixedIdentities(packages);
    refuseDuplicates(packages);
    (0,find/* checkUniqueFileNames */.yR)(packages.map((info) => info.path));
}

;// CONCATENATED MODULE: ./src/packages/edit.ts



/** The app whose identity the packages must carry: the parent itself, or the app a flight belongs to. */
function appOf(base) {
    const resource = base.application ?? base.parent;
    return { label: typeof resource.id === 'string' ? `app ${resource.id}` : 'app', resource };
}
/** Package mode's edit; fails at once (before any request) when the packages are no app's set (see set.ts). */
function packagesEdit(options) {
    checkPackageSet(options.packages);
    const checked = [];
    return {
        source: 'packages',
        checked,
        check(base) {
            checked.length = 0;
            const app = appOf(base);
            const identity = appIdentityOf(app.label, app.resource);
            const published = packageEntries(base.published, options.field);
            for (const info of options.packages) {
                const matched = checkIdentity(info, identity);
                if (base.published)
                    checkVersions(info, published, 'last published submission');
                checked.push(`${info.fileName}: ${describePackage(info)}, ${info.targets.map((t) => t.architecture).join(', ')}; ${matched ? `family name matches the ${app.label}` : `the ${app.label} names no family name to compare with`}; ${base.published ? `version above the ${published.length} published package(s)` : 'no published submission to compare versions with'}.`);
            }
        },
        apply(current) {
            const existing = keepExisting(packageEntries(current, options.field), options.keep);
            return { [options.field]: [...existing, ...options.packages.map((info) => newPackageEntry(info.fileName))] };
        }
    };
}

// EXTERNAL MODULE: ./src/zip/access.ts
var zip_access = __webpack_require__(2917);
// EXTERNAL MODULE: ./src/zip/directory.ts
var directory = __webpack_require__(3960);
// EXTERNAL MODULE: ./src/zip/entry.ts + 1 modules
var zip_entry = __webpack_require__(9979);
// EXTERNAL MODULE: ./src/zip/path.ts
var path = __webpack_require__(6680);
;// CONCATENATED MODULE: ./src/packages/parts.ts

/** The part name an item name stands for; undefined when its escapes are not valid UTF-8 percent-encoding. */
function decodePartName(itemName) {
    if (!itemName.includes('%'))
        return itemName;
    if (/%(?![0-9A-Fa-f]{2})/.test(itemName))
        return undefined;
    try {
        return decodeURIComponent(itemName);
    }
    catch {
        return undefined;
    }
}
/** The entry holding the part `name`: stored as written, or percent-encoded. */
function findPart(entries, name) {
    const wanted = (0,path/* normalizeZipPath */.I)(name);
    return (entries.find((entry) => (0,path/* normalizeZipPath */.I)(entry.name) === wanted) ??
        entries.find((entry) => (0,path/* normalizeZipPath */.I)(decodePartName(entry.name) ?? '') === wanted));
}

;// CONCATENATED MODULE: ./src/packages/read.ts
/**
 * Reads what a package file holds without unpacking it, each file as what
 * its extension promises: a package (.msix, .appx) by its AppxManifest.xml;
 * a bundle (.msixbundle, .appxbundle) by its bundle manifest and, where that
 * does not name device families, its application packages' manifests; an
 * upload file (.msixupload, .appxupload) by the packages or bundles inside.
 * A file that is not what its name says is refused, saying what it is.
 * Inner zips are read in place (or inflated on the way when deflated).
 */










/** Manifests are small; anything bigger is not one. */
const MANIFEST_LIMIT = 16 * 1024 * 1024;
/** What a file's name promises it is, by its extension; undefined for any other file. */
function kindOfName(name) {
    const extension = (0,external_node_path_.extname)(name).toLowerCase();
    if (extension === '.msix' || extension === '.appx')
        return 'package';
    if (extension === '.msixbundle' || extension === '.appxbundle')
        return 'bundle';
    if (extension === '.msixupload' || extension === '.appxupload')
        return 'upload';
    return undefined;
}
/** The manifests' item names, as a local header holds them (a deflated inner zip keeps their data as it inflates). */
const isManifest = (name) => [PACKAGE_MANIFEST, BUNDLE_MANIFEST].some((manifest) => (0,path/* normalizeZipPath */.I)(manifest) === (0,path/* normalizeZipPath */.I)(name));
const WRONG_KIND_HINT = "Give each file the extension of what it is (.msix/.appx: a package, .msixbundle/.appxbundle: a bundle, .msixupload/.appxupload: an upload file), or leave it out of 'packages' with a '!' line.";
const FLAT_BUNDLE_HINT = 'The Store takes a bundle that holds its packages: bundle them without the flat-bundle option, or publish the .msixupload the build wrote.';
async function innerZip(access, entry, read) {
    const inner = await (0,zip_entry/* entryAccess */.h_)(access, entry, isManifest);
    try {
        return await read(inner);
    }
    catch (error) {
        if (error instanceof ManifestError)
            throw new ManifestError(`in ${entry.name}: ${error.message}`, error.hint);
        if (error instanceof zip_access/* NotAZipError */.g_)
            throw new zip_access/* NotAZipError */.g_(`in ${entry.name}: ${error.message}`);
        throw error;
    }
    finally {
        inner.close?.();
    }
}
/** The entries that are packages or bundles (what an upload file holds, or a bundle that lost its manifest). */
const packageEntriesOf = (entries) => entries.filter((entry) => !entry.name.endsWith('/') && ['package', 'bundle'].includes(kindOfName(entry.name) ?? ''));
/** Why a zip is not the `promised` kind, saying what it holds instead. */
function notWhatItSays(entries, promised) {
    const inner = packageEntriesOf(entries).map((entry) => entry.name);
    if (promised !== 'bundle' && findPart(entries, BUNDLE_MANIFEST)) {
        return new ManifestError(`it holds ${BUNDLE_MANIFEST}: it is a bundle, not ${a(promised)}`, WRONG_KIND_HINT);
    }
    if (promised !== 'package' && findPart(entries, PACKAGE_MANIFEST)) {
        return new ManifestError(`it holds ${PACKAGE_MANIFEST}: it is a package, not ${a(promised)}`, WRONG_KIND_HINT);
    }
    if (promised !== 'upload' && inner.length > 0) {
        return new ManifestError(`it holds ${inner.join(', ')} but no ${promised === 'bundle' ? BUNDLE_MANIFEST : PACKAGE_MANIFEST}: it is a zip of packages (an upload file?), not ${a(promised)}`, WRONG_KIND_HINT);
    }
    const wanted = {
        package: PACKAGE_MANIFEST,
        bundle: BUNDLE_MANIFEST,
        upload: 'package or bundle (.msix, .appx, .msixbundle, .appxbundle)'
    };
    return new ManifestError(`it holds no ${wanted[promised]}`);
}
const a = (kind) => (kind === 'upload' ? 'an upload file' : `a ${kind}`);
async function readAppPackage(access, entries) {
    const entry = findPart(entries, PACKAGE_MANIFEST);
    if (!entry)
        throw notWhatItSays(entries, 'package');
    const manifest = readPackageManifest(await (0,zip_entry/* readEntry */.hB)(access, entry, MANIFEST_LIMIT));
    const { identity, deviceFamilies, framework } = manifest;
    const architecture = identity.architecture ?? 'neutral';
    return {
        kind: 'package',
        identity,
        framework,
        targets: [{ architecture, version: identity.version, deviceFamilies }]
    };
}
/** Fails unless the bundle holds every package its manifest lists (a flat bundle holds none of them). */
function checkBundled(entries, bundle) {
    const missing = bundle.packages.filter((inner) => !findPart(entries, inner.fileName)).map((p) => p.fileName);
    if (missing.length === 0)
        return;
    if (missing.length === bundle.packages.length) {
        throw new ManifestError(`it is a flat bundle: its ${BUNDLE_MANIFEST} lists ${missing.join(', ')}, which are files beside it, not inside it`, FLAT_BUNDLE_HINT);
    }
    throw new ManifestError(`${BUNDLE_MANIFEST} lists ${missing.join(', ')}, which the bundle does not hold`);
}
async function readBundle(access, entries) {
    const entry = findPart(entries, BUNDLE_MANIFEST);
    if (!entry)
        throw notWhatItSays(entries, 'bundle');
    const bundle = readBundleManifest(await (0,zip_entry/* readEntry */.hB)(access, entry, MANIFEST_LIMIT));
    checkBundled(entries, bundle);
    const targets = [];
    for (const inner of bundle.packages.filter((p) => p.type === 'application')) {
        const deviceFamilies = inner.deviceFamilies.length
            ? inner.deviceFamilies
            : await innerZip(access, findPart(entries, inner.fileName), async (zip) => {
                return (await readAppPackage(zip, await (0,directory/* readZipEntries */.YJ)(zip))).targets[0].deviceFamilies;
            });
        targets.push({ architecture: inner.architecture, version: inner.version, deviceFamilies });
    }
    return { kind: 'bundle', identity: bundle.identity, targets };
}
/** The packages or bundles inside an upload file (beside its symbols file), which must agree on their identity. */
async function readUpload(access, entries) {
    const inner = packageEntriesOf(entries);
    if (inner.length === 0 || findPart(entries, PACKAGE_MANIFEST) || findPart(entries, BUNDLE_MANIFEST)) {
        throw notWhatItSays(entries, 'upload');
    }
    const contents = [];
    for (const entry of inner) {
        const kind = kindOfName(entry.name);
        const read = await innerZip(access, entry, async (zip) => readAs(kind, zip, await (0,directory/* readZipEntries */.YJ)(zip)));
        const first = contents[0]?.identity;
        if (first && (first.name !== read.identity.name || first.publisher !== read.identity.publisher)) {
            throw new ManifestError(`${entry.name} inside it is ${read.identity.name}, but ${inner[0].name} is ${first.name}`);
        }
        contents.push(read);
    }
    return {
        ...contents[0],
        kind: 'upload',
        framework: contents.some((c) => c.framework),
        targets: contents.flatMap((c) => c.targets)
    };
}
function readAs(kind, access, entries) {
    if (kind === 'package')
        return readAppPackage(access, entries);
    return kind === 'bundle' ? readBundle(access, entries) : readUpload(access, entries);
}
/**
 * What the package file at `path` holds; an ActionError naming it when it is
 * not a readable package. `open` opens it (tests count what is read).
 */
async function readPackage(path, open = zip_access/* openFileAccess */.bH) {
    const fileName = (0,external_node_path_.basename)(path);
    const kind = kindOfName(fileName);
    if (!kind)
        throw new errors/* ActionError */.lZ(`Package ${path} is not a package file (${find/* PACKAGE_EXTENSIONS */.W7.join(' ')}).`);
    let file;
    try {
        file = await open(path);
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Package ${path} cannot be read: ${error.message}.`);
    }
    try {
        const contents = await readAs(kind, file, await (0,directory/* readZipEntries */.YJ)(file));
        const { identity } = contents;
        return {
            path,
            fileName,
            ...contents,
            familyName: packageFamilyName(identity.name, identity.publisher),
            size: file.size
        };
    }
    catch (error) {
        if (error instanceof ManifestError && error.hint) {
            throw new errors/* ActionError */.lZ(`Package ${path} cannot be published: ${error.message}.`, { hint: error.hint });
        }
        if (error instanceof zip_access/* NotAZipError */.g_ || error instanceof ManifestError) {
            throw new errors/* ActionError */.lZ(`Package ${path} is not a readable package: ${error.message}.`, {
                hint: 'Check that the build produced it completely (a corrupt or truncated file) and that the pattern in packages matches only packages.'
            });
        }
        throw error;
    }
    finally {
        await file.close();
    }
}

// EXTERNAL MODULE: ./src/msix/store/parents.ts
var parents = __webpack_require__(8046);
;// CONCATENATED MODULE: ./src/msix/inputs/package-mode.ts




/** Finds and reads the packages (each one that is missing, foreign or unreadable fails here). */
async function readPackageMode(parsed, target, workspace) {
    const paths = await (0,find/* findPackages */.tP)(parsed.patterns, workspace);
    const packages = [];
    for (const path of paths)
        packages.push(await readPackage(path));
    const field = (target.kind === 'app' ? parents/* APP */.uq.packagesField : parents/* FLIGHT */.ru.packagesField);
    return {
        packages,
        files: packages.map((info) => ({ zipPath: info.fileName, diskPath: info.path })),
        edit: packagesEdit({ packages, field, keep: parsed.keep })
    };
}


/***/ }),

/***/ 9979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h_: () => (/* binding */ entryAccess),
  wj: () => (/* binding */ localHeaderPlace),
  hB: () => (/* binding */ readEntry)
});

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/zip/access.ts
var access = __webpack_require__(2917);
// EXTERNAL MODULE: ./src/zip/format.ts
var format = __webpack_require__(4632);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/zip/names.ts
var names = __webpack_require__(3639);
;// CONCATENATED MODULE: ./src/zip/one-pass.ts
/**
 * A deflated zip held in another zip (a bundle deflated in an upload file),
 * inflated once, front to back, keeping only what reading it needs: its
 * last bytes (end record, central directory and the bundle manifest before
 * them), and, as they pass, every local header, the entries whose names are
 * wanted (the manifests), and the end and central directory of every zip
 * stored inside it (the bundle's packages). A read of anything else falls
 * back to inflating again (inflatedAccess): correct, only slower. Memory is
 * the tail plus what is kept, within a budget.
 */





const MiB = 1024 * 1024;
/** The inflated bytes kept behind the newest (a zip's end, directory and manifest fit in it). */
const TAIL = 4 * MiB;
/** At most this much is kept besides the tail; beyond it, reads fall back. */
const BUDGET = 64 * MiB;
/** Kept after a wanted local header whose sizes come after its data (a data descriptor). */
const UNSIZED_ENTRY = MiB;
const COMPRESSED_CHUNK = MiB;
/** What readZipEntries reads from a zip's end: the end record, a comment, the ZIP64 locator. */
const END_SEARCH = format/* FIXED_SIZE */.VJ.end + format/* MAX_COMMENT */.bc + format/* FIXED_SIZE */.VJ.zip64Locator;
/** From an end record back to the start of the Zip64 end record before its locator. */
const ZIP64_END_BEFORE = format/* FIXED_SIZE */.VJ.zip64Locator + format/* FIXED_SIZE */.VJ.zip64End;
/** The inflated stream as it passes: the chunks of its tail, and the ranges kept. */
class Pass {
    size;
    wanted;
    chunks = [];
    tailStart = 0;
    produced = 0;
    kept = [];
    filling = [];
    candidates = [];
    budget = BUDGET;
    constructor(size, wanted) {
        this.size = size;
        this.wanted = wanted;
    }
    /** Bytes [start, end) of the tail (the caller checks they are there). */
    slice(start, end) {
        const parts = [];
        let at = this.tailStart;
        for (const chunk of this.chunks) {
            const from = Math.max(start, at);
            const to = Math.min(end, at + chunk.length);
            if (from < to)
                parts.push(chunk.subarray(from - at, to - at));
            at += chunk.length;
        }
        return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    }
    add(chunk) {
        const start = this.produced;
        this.chunks.push(chunk);
        this.produced += chunk.length;
        for (const kept of this.filling)
            kept.parts.push(chunk.subarray(0, Math.max(0, kept.end - start)));
        this.filling = this.filling.filter((kept) => !this.finishIfFilled(kept));
        this.findSignatures(start, chunk);
        this.candidates = this.candidates.filter((at) => !this.examine(at));
        while (this.chunks.length > 1 && this.produced - (this.tailStart + this.chunks[0].length) >= TAIL) {
            this.tailStart += this.chunks.shift().length;
        }
    }
    /** Where a local header or an end record may start: across the last chunk boundary, then in the new chunk. */
    findSignatures(chunkStart, chunk) {
        const from = Math.max(this.tailStart, chunkStart - 3);
        if (from < chunkStart)
            this.scan(this.slice(from, Math.min(chunkStart + 3, this.produced)), from, chunkStart);
        this.scan(chunk, chunkStart, Infinity);
    }
    /** Candidates in `bytes` (which start at `offset`) that start before `before`. */
    scan(bytes, offset, before) {
        for (let at = bytes.indexOf('PK'); at >= 0 && at + 4 <= bytes.length; at = bytes.indexOf('PK', at + 1)) {
            const signature = bytes.readUInt32LE(at);
            if ((signature === format/* SIGNATURE */.J2.localHeader || signature === format/* SIGNATURE */.J2.end) && offset + at < before) {
                this.candidates.push(offset + at);
            }
        }
    }
    /** Keeps what a candidate needs once its fixed part is there; true when done with it. */
    examine(at) {
        if (at < this.tailStart)
            return true;
        if (this.slice(at, at + 4).readUInt32LE(0) === format/* SIGNATURE */.J2.end) {
            if (at + format/* FIXED_SIZE */.VJ.end > this.produced)
                return false;
            const record = this.slice(at, at + format/* FIXED_SIZE */.VJ.end);
            const end = at + format/* FIXED_SIZE */.VJ.end + record.readUInt16LE(20);
            let directorySize = record.readUInt32LE(12);
            if (directorySize === format/* ZIP32_MAX */.Ar && at >= ZIP64_END_BEFORE + this.tailStart) {
                const zip64 = this.slice(at - ZIP64_END_BEFORE, at - format/* FIXED_SIZE */.VJ.zip64Locator);
                if (zip64.readUInt32LE(0) === format/* SIGNATURE */.J2.zip64End)
                    directorySize = Number(zip64.readBigUInt64LE(40));
            }
            this.keep(Math.min(end - END_SEARCH, at - ZIP64_END_BEFORE - directorySize), end);
            return true;
        }
        if (at + format/* FIXED_SIZE */.VJ.localHeader > this.produced)
            return false;
        const header = this.slice(at, at + format/* FIXED_SIZE */.VJ.localHeader);
        const nameEnd = at + format/* FIXED_SIZE */.VJ.localHeader + header.readUInt16LE(26);
        const headerEnd = nameEnd + header.readUInt16LE(28);
        if (headerEnd > this.produced)
            return false;
        const name = (0,names/* decodeEntryName */.KJ)(this.slice(at + format/* FIXED_SIZE */.VJ.localHeader, nameEnd), this.slice(nameEnd, headerEnd));
        const compressed = header.readUInt32LE(18);
        const sized = compressed !== format/* ZIP32_MAX */.Ar && !(header.readUInt16LE(6) & format/* FLAG_DATA_DESCRIPTOR */.wR && compressed === 0);
        this.keep(at, this.wanted(name) ? headerEnd + (sized ? compressed : UNSIZED_ENTRY) : headerEnd);
        return true;
    }
    keep(start, end) {
        const from = Math.max(start, this.tailStart, 0);
        const to = Math.min(end, this.size);
        if (from >= to || to - from > this.budget)
            return;
        this.budget -= to - from;
        const kept = { start: from, end: to, parts: [Buffer.from(this.slice(from, Math.min(to, this.produced)))] };
        if (!this.finishIfFilled(kept))
            this.filling.push(kept);
    }
    finishIfFilled(kept) {
        if (this.produced < kept.end && this.produced < this.size)
            return false;
        kept.data = Buffer.concat(kept.parts).subarray(0, kept.end - kept.start);
        kept.end = kept.start + kept.data.length;
        kept.parts = [];
        this.kept.push(kept);
        return true;
    }
    /** After the last chunk: what is still filling is kept as far as it got, and the tail is kept too. */
    finish() {
        this.filling.forEach((kept) => this.finishIfFilled(kept));
        this.filling = [];
        const tail = Buffer.concat(this.chunks);
        this.kept.push({ start: this.tailStart, end: this.produced, parts: [], data: tail });
        this.chunks = [];
    }
}
/**
 * The deflated stream in `compressed`, inflated once now, as a RandomAccess
 * over its `size` inflated bytes. `wanted` says which entries' data to keep
 * (by the name in their local header), wherever they are.
 */
async function inflateOnce(compressed, size, wanted) {
    const pass = new Pass(size, wanted);
    async function* chunks() {
        for (let at = 0; at < compressed.size; at += COMPRESSED_CHUNK) {
            yield await compressed.read(at, Math.min(COMPRESSED_CHUNK, compressed.size - at));
        }
    }
    try {
        for await (const chunk of external_node_stream_.Readable.from(chunks()).pipe((0,external_node_zlib_.createInflateRaw)()))
            pass.add(chunk);
    }
    catch (error) {
        if (error instanceof access/* NotAZipError */.g_)
            throw error;
        throw new access/* NotAZipError */.g_(`cannot inflate: ${error.message}`);
    }
    if (pass.produced !== size)
        throw new access/* NotAZipError */.g_(`deflated data gives ${pass.produced} of ${size} bytes`);
    pass.finish();
    let fallback;
    return {
        size,
        close: () => fallback?.close(),
        read(position, length) {
            const kept = pass.kept.find((k) => k.start <= position && position + length <= k.end);
            if (kept?.data)
                return Promise.resolve(Buffer.from(kept.data.subarray(position - kept.start, position - kept.start + length)));
            fallback ??= (0,access/* inflatedAccess */.KR)(compressed, size);
            return fallback.read(position, length);
        }
    };
}

;// CONCATENATED MODULE: ./src/zip/entry.ts
/**
 * Reads one entry of a zip whose directory directory.ts has read: its bytes
 * in place when stored (a package inside an upload file is read without a
 * copy), inflated on the way when deflated, or whole and checked against its
 * CRC-32 when small (a manifest).
 */




/** Reads the entry's local header (its fixed part) to find where its extra fields and its data are. */
async function localHeaderPlace(source, entry) {
    const header = await source.read(entry.localHeaderOffset, format/* FIXED_SIZE */.VJ.localHeader);
    if (header.readUInt32LE(0) !== format/* SIGNATURE */.J2.localHeader) {
        throw new access/* NotAZipError */.g_(`no local header for '${entry.name}' at byte ${entry.localHeaderOffset}`);
    }
    const extraOffset = entry.localHeaderOffset + format/* FIXED_SIZE */.VJ.localHeader + header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    return { extraOffset, extraLength, dataOffset: extraOffset + extraLength };
}
async function dataOffset(source, entry) {
    return (await localHeaderPlace(source, entry)).dataOffset;
}
function checkReadable(entry) {
    if (entry.flags & format/* FLAG_ENCRYPTED */.uM)
        throw new access/* NotAZipError */.g_(`entry '${entry.name}' is encrypted`);
    if (entry.method !== format/* STORED */.SD && entry.method !== format/* DEFLATED */.aE) {
        throw new access/* NotAZipError */.g_(`entry '${entry.name}' uses compression method ${entry.method} (only stored and deflated)`);
    }
}
/**
 * The entry's uncompressed bytes as a RandomAccess: in place when stored, inflated
 * on the way when deflated (close it when done). Nothing is copied. With `keep`
 * (the entry is a zip to read), a deflated entry is inflated once, now, keeping
 * its tail, local headers and the entries `keep` names (see zip/one-pass.ts).
 */
async function entryAccess(source, entry, keep) {
    checkReadable(entry);
    const compressed = (0,access/* windowAccess */.HC)(source, await dataOffset(source, entry), entry.compressedSize);
    if (entry.method === format/* STORED */.SD)
        return compressed;
    return keep
        ? inflateOnce(compressed, entry.uncompressedSize, keep)
        : (0,access/* inflatedAccess */.KR)(compressed, entry.uncompressedSize);
}
function inflate(compressed, limit) {
    return new Promise((resolve, reject) => (0,external_node_zlib_.inflateRaw)(compressed, { maxOutputLength: Math.max(limit, 1) }, (error, data) => error ? reject(error) : resolve(data)));
}
/** One whole (small) entry, checked against its CRC-32; `limit` guards against a huge one. */
async function readEntry(source, entry, limit) {
    checkReadable(entry);
    if (entry.uncompressedSize > limit) {
        throw new access/* NotAZipError */.g_(`entry '${entry.name}' is ${entry.uncompressedSize} bytes (more than ${limit})`);
    }
    const compressed = await source.read(await dataOffset(source, entry), entry.compressedSize);
    let data = compressed;
    if (entry.method === format/* DEFLATED */.aE) {
        try {
            data = await inflate(compressed, limit);
        }
        catch (error) {
            throw new access/* NotAZipError */.g_(`cannot inflate '${entry.name}': ${error.message}`);
        }
    }
    if (data.length !== entry.uncompressedSize || (0,external_node_zlib_.crc32)(data) !== entry.crc32) {
        throw new access/* NotAZipError */.g_(`entry '${entry.name}' is corrupt (its size or CRC-32 does not match the directory)`);
    }
    return data;
}


/***/ })

};
;
//# sourceMappingURL=700.index.cjs.js.map