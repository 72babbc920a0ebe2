// @ts-nocheck
// Generated from src/models by src/generated.test.ts. Do not edit; run `pnpm generate`.
// Ajv standalone validators (draft 2020-12, allErrors) of every schema in schemas.ts, one export per model.
function ucs2length(str) {
  let n = 0;
  for (const _ of str) n++;
  return n;
}
function pushError(errors, error) {
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}

export const TraceRecord = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/trace-record.json","additionalProperties":true,"type":"object","required":["schema_version","trace_id","session_id","agent","steps"],"properties":{"schema_version":{"type":"string"},"trace_id":{"minLength":1,"type":"string"},"session_id":{"type":"string"},"content_hash":{"type":["string","null"]},"timestamp_start":{"type":["string","null"]},"timestamp_end":{"type":["string","null"]},"execution_context":{"enum":["devtime","runtime",null]},"task":{"title":"Task","additionalProperties":true,"type":"object","properties":{"description":{"type":["string","null"]},"source":{"type":["string","null"]},"repository":{"type":["string","null"]},"repository_url":{"type":["string","null"]},"base_commit":{"type":["string","null"]}}},"agent":{"title":"Agent","additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"type":"string"},"version":{"type":["string","null"]},"model":{"type":["string","null"]}}},"environment":{"title":"Environment","additionalProperties":true,"type":"object","properties":{"os":{"type":["string","null"]},"shell":{"type":["string","null"]},"vcs":{"title":"Vcs","additionalProperties":true,"type":["object","null"],"properties":{"type":{"type":["string","null"]},"base_commit":{"type":["string","null"]},"branch":{"type":["string","null"]},"diff":{"type":["string","null"]}}},"language_ecosystem":{"type":"array","items":{"type":"string"}},"resolved_dependencies":{"type":["array","null"],"items":{"title":"ResolvedDependency","additionalProperties":true,"type":"object","required":["name"],"properties":{"name":{"type":"string"},"version":{"type":["string","null"]},"hash":{"type":["string","null"]},"marker":{"type":["string","null"]},"source":{"type":["string","null"]}}}},"interpreter":{"additionalProperties":true,"type":["object","null"],"properties":{"name":{"type":["string","null"]},"version":{"type":["string","null"]}}},"arch":{"type":["string","null"]},"platform":{"type":["string","null"]},"abi_tag":{"type":["string","null"]}}},"system_prompts":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"tool_definitions":{"type":"array","items":{}},"steps":{"type":"array","items":{"title":"Step","additionalProperties":true,"type":"object","required":["step_index","role"],"properties":{"step_index":{"minimum":0,"type":"integer"},"role":{"enum":["system","user","agent"]},"content":{"type":["string","null"]},"reasoning_content":{"type":["string","null"]},"model":{"type":["string","null"]},"system_prompt_hash":{"type":["string","null"]},"agent_role":{"type":["string","null"]},"parent_step":{"minimum":0,"type":["integer","null"]},"call_type":{"enum":["main","subagent","warmup",null]},"subagent_trajectory_ref":{"type":["string","null"]},"tools_available":{"type":"array","items":{"type":"string"}},"tool_calls":{"type":"array","items":{"title":"ToolCall","additionalProperties":true,"type":"object","required":["tool_call_id","tool_name"],"properties":{"tool_call_id":{"type":"string"},"tool_name":{"type":"string"},"input":{},"duration_ms":{"minimum":0,"type":["number","null"]}}}},"observations":{"type":"array","items":{"title":"Observation","additionalProperties":true,"type":"object","required":["source_call_id"],"properties":{"source_call_id":{"type":"string"},"content":{"type":["string","null"]},"output_summary":{"type":["string","null"]},"error":{"type":["string","null"]},"structured_patch":{"type":"array","items":{}},"changes":{"type":"object","patternProperties":{"^(.*)$":{}}}}}},"snippets":{"type":"array","items":{"title":"Snippet","additionalProperties":true,"type":"object","required":["file_path"],"properties":{"file_path":{"type":"string"},"start_line":{"minimum":0,"type":["integer","null"]},"end_line":{"minimum":0,"type":["integer","null"]},"language":{"type":["string","null"]},"text":{"type":["string","null"]},"source_step":{"minimum":0,"type":["integer","null"]}}}},"token_usage":{"title":"TokenUsage","additionalProperties":true,"type":"object","properties":{"input_tokens":{"minimum":0,"type":["integer","null"]},"output_tokens":{"minimum":0,"type":["integer","null"]},"cache_read_tokens":{"minimum":0,"type":["integer","null"]},"cache_write_tokens":{"minimum":0,"type":["integer","null"]},"prefix_reuse_tokens":{"minimum":0,"type":["integer","null"]},"cache_write_1h_tokens":{"minimum":0,"type":["integer","null"]},"reasoning_tokens":{"minimum":0,"type":["integer","null"]}}},"timestamp":{"type":["string","null"]},"context_node_id":{"type":["string","null"]},"stop_reason":{"type":["string","null"]}}}},"outcome":{"title":"Outcome","additionalProperties":true,"type":"object","properties":{"success":{"type":["boolean","null"]},"signal_source":{"type":["string","null"]},"signal_confidence":{"enum":["derived","inferred","annotated",null]},"description":{"type":["string","null"]},"committed":{"type":["boolean","null"]},"commit_sha":{"type":["string","null"]},"terminal_state":{"enum":["goal_reached","interrupted","error","abandoned",null]},"reward":{"type":["number","null"]},"reward_source":{"type":["string","null"]}}},"dependencies":{"type":"array","items":{"type":"string"}},"metrics":{"title":"Metrics","additionalProperties":true,"type":"object","properties":{"total_steps":{"minimum":0,"type":["integer","null"]},"total_input_tokens":{"minimum":0,"type":["integer","null"]},"total_output_tokens":{"minimum":0,"type":["integer","null"]},"total_cache_read_tokens":{"minimum":0,"type":["integer","null"]},"total_cache_creation_tokens":{"minimum":0,"type":["integer","null"]},"total_reasoning_tokens":{"minimum":0,"type":["integer","null"]},"total_duration_s":{"minimum":0,"type":["number","null"]},"cache_hit_rate":{"minimum":0,"maximum":1,"type":["number","null"]},"estimated_cost_usd":{"minimum":0,"type":["number","null"]}}},"security":{"title":"SecurityMetadata","additionalProperties":true,"type":"object","properties":{"scanned":{"type":"boolean"},"flags_reviewed":{"minimum":0,"type":["integer","null"]},"redactions_applied":{"minimum":0,"type":["integer","null"]},"classifier_version":{"type":["string","null"]},"tools_applied":{"type":"array","items":{"type":"string"}},"security_version":{"minimum":0,"type":"integer"},"tool_counts":{"type":"object","patternProperties":{"^(.*)$":{"minimum":0,"type":"integer"}}},"classifier_flags":{"type":"array","items":{"additionalProperties":true,"type":"object","required":["pattern","severity","count"],"properties":{"pattern":{"type":"string"},"severity":{"type":"string"},"count":{"minimum":0,"type":"integer"}}}}}},"attribution":{"title":"Attribution","additionalProperties":true,"type":["object","null"],"properties":{"experimental":{"type":"boolean"},"revision":{"anyOf":[{"type":"string"},{"additionalProperties":true,"type":"object","properties":{"vcs_type":{"type":["string","null"]},"revision":{"type":["string","null"]}}},{"type":"null"}]},"files":{"type":"array","items":{"additionalProperties":true,"type":"object","required":["path","conversations"],"properties":{"path":{"type":"string"},"conversations":{"type":"array","items":{"additionalProperties":true,"type":"object","required":["ranges"],"properties":{"contributor":{"anyOf":[{},{"type":"null"}]},"url":{"type":["string","null"]},"ids":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"object","patternProperties":{"^(.*)$":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}}},{"type":"null"}]},"related":{"type":["array","null"],"items":{}},"ranges":{"type":"array","items":{"additionalProperties":true,"type":"object","required":["start_line","end_line"],"properties":{"start_line":{"minimum":0,"type":"integer"},"end_line":{"minimum":0,"type":"integer"},"content_hash":{"type":["string","null"]},"confidence":{"anyOf":[{"type":"number"},{"type":"string"},{"type":"null"}]},"change_type":{"type":["string","null"]},"original":{"anyOf":[{"type":"string"},{"additionalProperties":true,"type":"object","required":["start_line","end_line"],"properties":{"start_line":{"minimum":0,"type":"integer"},"end_line":{"minimum":0,"type":"integer"},"content_hash":{"type":["string","null"]}}},{"type":"null"}]},"contributor":{"anyOf":[{},{"type":"null"}]}}}}}}}}}},"unaccounted_files":{"type":["array","null"],"items":{"type":"string"}}}},"lifecycle":{"enum":["provisional","final",null]},"generation_index":{"minimum":0,"type":["integer","null"]},"patches":{"type":"array","items":{"title":"Patch","additionalProperties":true,"type":"object","required":["patch_id","file_path"],"properties":{"patch_id":{"type":"string"},"file_path":{"type":"string"},"step_index":{"minimum":0,"type":["integer","null"]},"tool_call_id":{"type":["string","null"]},"capture_method":{"type":"array","items":{"type":"string"}},"before_snapshot_id":{"type":["string","null"]},"after_snapshot_id":{"type":["string","null"]},"anchor":{"title":"GitAnchor","additionalProperties":true,"type":["object","null"],"properties":{"last_searched_at":{"type":["string","null"]},"found":{"type":["boolean","null"]},"commit_sha":{"type":["string","null"]},"path":{"type":["string","null"]},"blob_sha":{"type":["string","null"]},"git_patch_id":{"type":["string","null"]},"evidence_tier":{"type":["string","null"]},"evidence_firmness":{"type":["string","null"]}}},"superseded_by":{"type":["string","null"]},"limitations":{"type":"array","items":{"type":"string"}}}}},"git_links":{"type":"array","items":{"title":"GitLink","additionalProperties":true,"type":"object","properties":{"vcs_type":{"type":["string","null"]},"revision":{"type":["string","null"]},"repo_url":{"type":["string","null"]},"branch":{"type":["string","null"]},"tier":{"type":["string","null"]},"commit_reachable":{"type":["boolean","null"]},"content_alive":{"type":["boolean","null"]}}}},"context_tree_summary":{"anyOf":[{},{"type":"null"}]},"metadata":{"type":"object","patternProperties":{"^(.*)$":{}}}},"title":"TraceRecord"};
const func1 = ucs2length;
const pattern4 = new RegExp("^(.*)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/trace-record.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.trace_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.session_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "session_id"},message:"must have required property '"+"session_id"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.agent === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent"},message:"must have required property '"+"agent"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.steps === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.schema_version !== undefined){
if(typeof data.schema_version !== "string"){
const err5 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err5);
errors++;
}
}
if(data.trace_id !== undefined){
let data1 = data.trace_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data.session_id !== undefined){
if(typeof data.session_id !== "string"){
const err8 = {instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
if(data.content_hash !== undefined){
let data3 = data.content_hash;
if((typeof data3 !== "string") && (data3 !== null)){
const err9 = {instancePath:instancePath+"/content_hash",schemaPath:"#/properties/content_hash/type",keyword:"type",params:{type: schema31.properties.content_hash.type},message:"must be string,null"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
if(data.timestamp_start !== undefined){
let data4 = data.timestamp_start;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/timestamp_start",schemaPath:"#/properties/timestamp_start/type",keyword:"type",params:{type: schema31.properties.timestamp_start.type},message:"must be string,null"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.timestamp_end !== undefined){
let data5 = data.timestamp_end;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/timestamp_end",schemaPath:"#/properties/timestamp_end/type",keyword:"type",params:{type: schema31.properties.timestamp_end.type},message:"must be string,null"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
if(data.execution_context !== undefined){
let data6 = data.execution_context;
if(!(((data6 === "devtime") || (data6 === "runtime")) || (data6 === null))){
const err12 = {instancePath:instancePath+"/execution_context",schemaPath:"#/properties/execution_context/enum",keyword:"enum",params:{allowedValues: schema31.properties.execution_context.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
if(data.task !== undefined){
let data7 = data.task;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.description !== undefined){
let data8 = data7.description;
if((typeof data8 !== "string") && (data8 !== null)){
const err13 = {instancePath:instancePath+"/task/description",schemaPath:"#/properties/task/properties/description/type",keyword:"type",params:{type: schema31.properties.task.properties.description.type},message:"must be string,null"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data7.source !== undefined){
let data9 = data7.source;
if((typeof data9 !== "string") && (data9 !== null)){
const err14 = {instancePath:instancePath+"/task/source",schemaPath:"#/properties/task/properties/source/type",keyword:"type",params:{type: schema31.properties.task.properties.source.type},message:"must be string,null"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data7.repository !== undefined){
let data10 = data7.repository;
if((typeof data10 !== "string") && (data10 !== null)){
const err15 = {instancePath:instancePath+"/task/repository",schemaPath:"#/properties/task/properties/repository/type",keyword:"type",params:{type: schema31.properties.task.properties.repository.type},message:"must be string,null"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data7.repository_url !== undefined){
let data11 = data7.repository_url;
if((typeof data11 !== "string") && (data11 !== null)){
const err16 = {instancePath:instancePath+"/task/repository_url",schemaPath:"#/properties/task/properties/repository_url/type",keyword:"type",params:{type: schema31.properties.task.properties.repository_url.type},message:"must be string,null"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data7.base_commit !== undefined){
let data12 = data7.base_commit;
if((typeof data12 !== "string") && (data12 !== null)){
const err17 = {instancePath:instancePath+"/task/base_commit",schemaPath:"#/properties/task/properties/base_commit/type",keyword:"type",params:{type: schema31.properties.task.properties.base_commit.type},message:"must be string,null"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/task",schemaPath:"#/properties/task/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
if(data.agent !== undefined){
let data13 = data.agent;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.name === undefined){
const err19 = {instancePath:instancePath+"/agent",schemaPath:"#/properties/agent/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
vErrors = pushError(vErrors, err19);
errors++;
}
if(data13.name !== undefined){
if(typeof data13.name !== "string"){
const err20 = {instancePath:instancePath+"/agent/name",schemaPath:"#/properties/agent/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
if(data13.version !== undefined){
let data15 = data13.version;
if((typeof data15 !== "string") && (data15 !== null)){
const err21 = {instancePath:instancePath+"/agent/version",schemaPath:"#/properties/agent/properties/version/type",keyword:"type",params:{type: schema31.properties.agent.properties.version.type},message:"must be string,null"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
if(data13.model !== undefined){
let data16 = data13.model;
if((typeof data16 !== "string") && (data16 !== null)){
const err22 = {instancePath:instancePath+"/agent/model",schemaPath:"#/properties/agent/properties/model/type",keyword:"type",params:{type: schema31.properties.agent.properties.model.type},message:"must be string,null"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/agent",schemaPath:"#/properties/agent/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
if(data.environment !== undefined){
let data17 = data.environment;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.os !== undefined){
let data18 = data17.os;
if((typeof data18 !== "string") && (data18 !== null)){
const err24 = {instancePath:instancePath+"/environment/os",schemaPath:"#/properties/environment/properties/os/type",keyword:"type",params:{type: schema31.properties.environment.properties.os.type},message:"must be string,null"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
if(data17.shell !== undefined){
let data19 = data17.shell;
if((typeof data19 !== "string") && (data19 !== null)){
const err25 = {instancePath:instancePath+"/environment/shell",schemaPath:"#/properties/environment/properties/shell/type",keyword:"type",params:{type: schema31.properties.environment.properties.shell.type},message:"must be string,null"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
if(data17.vcs !== undefined){
let data20 = data17.vcs;
if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)){
const err26 = {instancePath:instancePath+"/environment/vcs",schemaPath:"#/properties/environment/properties/vcs/type",keyword:"type",params:{type: schema31.properties.environment.properties.vcs.type},message:"must be object,null"};
vErrors = pushError(vErrors, err26);
errors++;
}
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.type !== undefined){
let data21 = data20.type;
if((typeof data21 !== "string") && (data21 !== null)){
const err27 = {instancePath:instancePath+"/environment/vcs/type",schemaPath:"#/properties/environment/properties/vcs/properties/type/type",keyword:"type",params:{type: schema31.properties.environment.properties.vcs.properties.type.type},message:"must be string,null"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
if(data20.base_commit !== undefined){
let data22 = data20.base_commit;
if((typeof data22 !== "string") && (data22 !== null)){
const err28 = {instancePath:instancePath+"/environment/vcs/base_commit",schemaPath:"#/properties/environment/properties/vcs/properties/base_commit/type",keyword:"type",params:{type: schema31.properties.environment.properties.vcs.properties.base_commit.type},message:"must be string,null"};
vErrors = pushError(vErrors, err28);
errors++;
}
}
if(data20.branch !== undefined){
let data23 = data20.branch;
if((typeof data23 !== "string") && (data23 !== null)){
const err29 = {instancePath:instancePath+"/environment/vcs/branch",schemaPath:"#/properties/environment/properties/vcs/properties/branch/type",keyword:"type",params:{type: schema31.properties.environment.properties.vcs.properties.branch.type},message:"must be string,null"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
if(data20.diff !== undefined){
let data24 = data20.diff;
if((typeof data24 !== "string") && (data24 !== null)){
const err30 = {instancePath:instancePath+"/environment/vcs/diff",schemaPath:"#/properties/environment/properties/vcs/properties/diff/type",keyword:"type",params:{type: schema31.properties.environment.properties.vcs.properties.diff.type},message:"must be string,null"};
vErrors = pushError(vErrors, err30);
errors++;
}
}
}
}
if(data17.language_ecosystem !== undefined){
let data25 = data17.language_ecosystem;
if(Array.isArray(data25)){
const len0 = data25.length;
for(let i0=0; i0<len0; i0++){
if(typeof data25[i0] !== "string"){
const err31 = {instancePath:instancePath+"/environment/language_ecosystem/" + i0,schemaPath:"#/properties/environment/properties/language_ecosystem/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/environment/language_ecosystem",schemaPath:"#/properties/environment/properties/language_ecosystem/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err32);
errors++;
}
}
if(data17.resolved_dependencies !== undefined){
let data27 = data17.resolved_dependencies;
if((!(Array.isArray(data27))) && (data27 !== null)){
const err33 = {instancePath:instancePath+"/environment/resolved_dependencies",schemaPath:"#/properties/environment/properties/resolved_dependencies/type",keyword:"type",params:{type: schema31.properties.environment.properties.resolved_dependencies.type},message:"must be array,null"};
vErrors = pushError(vErrors, err33);
errors++;
}
if(Array.isArray(data27)){
const len1 = data27.length;
for(let i1=0; i1<len1; i1++){
let data28 = data27[i1];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.name === undefined){
const err34 = {instancePath:instancePath+"/environment/resolved_dependencies/" + i1,schemaPath:"#/properties/environment/properties/resolved_dependencies/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
vErrors = pushError(vErrors, err34);
errors++;
}
if(data28.name !== undefined){
if(typeof data28.name !== "string"){
const err35 = {instancePath:instancePath+"/environment/resolved_dependencies/" + i1+"/name",schemaPath:"#/properties/environment/properties/resolved_dependencies/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err35);
errors++;
}
}
if(data28.version !== undefined){
let data30 = data28.version;
if((typeof data30 !== "string") && (data30 !== null)){
const err36 = {instancePath:instancePath+"/environment/resolved_dependencies/" + i1+"/version",schemaPath:"#/properties/environment/properties/resolved_dependencies/items/properties/version/type",keyword:"type",params:{type: schema31.properties.environment.properties.resolved_dependencies.items.properties.version.type},message:"must be string,null"};
vErrors = pushError(vErrors, err36);
errors++;
}
}
if(data28.hash !== undefined){
let data31 = data28.hash;
if((typeof data31 !== "string") && (data31 !== null)){
const err37 = {instancePath:instancePath+"/environment/resolved_dependencies/" + i1+"/hash",schemaPath:"#/properties/environment/properties/resolved_dependencies/items/properties/hash/type",keyword:"type",params:{type: schema31.properties.environment.properties.resolved_dependencies.items.properties.hash.type},message:"must be string,null"};
vErrors = pushError(vErrors, err37);
errors++;
}
}
if(data28.marker !== undefined){
let data32 = data28.marker;
if((typeof data32 !== "string") && (data32 !== null)){
const err38 = {instancePath:instancePath+"/environment/resolved_dependencies/" + i1+"/marker",schemaPath:"#/properties/environment/properties/resolved_dependencies/items/properties/marker/type",keyword:"type",params:{type: schema31.properties.environment.properties.resolved_dependencies.items.properties.marker.type},message:"must be string,null"};
vErrors = pushError(vErrors, err38);
errors++;
}
}
if(data28.source !== undefined){
let data33 = data28.source;
if((typeof data33 !== "string") && (data33 !== null)){
const err39 = {instancePath:instancePath+"/environment/resolved_dependencies/" + i1+"/source",schemaPath:"#/properties/environment/properties/resolved_dependencies/items/properties/source/type",keyword:"type",params:{type: schema31.properties.environment.properties.resolved_dependencies.items.properties.source.type},message:"must be string,null"};
vErrors = pushError(vErrors, err39);
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/environment/resolved_dependencies/" + i1,schemaPath:"#/properties/environment/properties/resolved_dependencies/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err40);
errors++;
}
}
}
}
if(data17.interpreter !== undefined){
let data34 = data17.interpreter;
if((!(data34 && typeof data34 == "object" && !Array.isArray(data34))) && (data34 !== null)){
const err41 = {instancePath:instancePath+"/environment/interpreter",schemaPath:"#/properties/environment/properties/interpreter/type",keyword:"type",params:{type: schema31.properties.environment.properties.interpreter.type},message:"must be object,null"};
vErrors = pushError(vErrors, err41);
errors++;
}
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.name !== undefined){
let data35 = data34.name;
if((typeof data35 !== "string") && (data35 !== null)){
const err42 = {instancePath:instancePath+"/environment/interpreter/name",schemaPath:"#/properties/environment/properties/interpreter/properties/name/type",keyword:"type",params:{type: schema31.properties.environment.properties.interpreter.properties.name.type},message:"must be string,null"};
vErrors = pushError(vErrors, err42);
errors++;
}
}
if(data34.version !== undefined){
let data36 = data34.version;
if((typeof data36 !== "string") && (data36 !== null)){
const err43 = {instancePath:instancePath+"/environment/interpreter/version",schemaPath:"#/properties/environment/properties/interpreter/properties/version/type",keyword:"type",params:{type: schema31.properties.environment.properties.interpreter.properties.version.type},message:"must be string,null"};
vErrors = pushError(vErrors, err43);
errors++;
}
}
}
}
if(data17.arch !== undefined){
let data37 = data17.arch;
if((typeof data37 !== "string") && (data37 !== null)){
const err44 = {instancePath:instancePath+"/environment/arch",schemaPath:"#/properties/environment/properties/arch/type",keyword:"type",params:{type: schema31.properties.environment.properties.arch.type},message:"must be string,null"};
vErrors = pushError(vErrors, err44);
errors++;
}
}
if(data17.platform !== undefined){
let data38 = data17.platform;
if((typeof data38 !== "string") && (data38 !== null)){
const err45 = {instancePath:instancePath+"/environment/platform",schemaPath:"#/properties/environment/properties/platform/type",keyword:"type",params:{type: schema31.properties.environment.properties.platform.type},message:"must be string,null"};
vErrors = pushError(vErrors, err45);
errors++;
}
}
if(data17.abi_tag !== undefined){
let data39 = data17.abi_tag;
if((typeof data39 !== "string") && (data39 !== null)){
const err46 = {instancePath:instancePath+"/environment/abi_tag",schemaPath:"#/properties/environment/properties/abi_tag/type",keyword:"type",params:{type: schema31.properties.environment.properties.abi_tag.type},message:"must be string,null"};
vErrors = pushError(vErrors, err46);
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
if(data.system_prompts !== undefined){
let data40 = data.system_prompts;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
var props0 = {};
for(const key0 in data40){
if(pattern4.test(key0)){
if(typeof data40[key0] !== "string"){
const err48 = {instancePath:instancePath+"/system_prompts/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/system_prompts/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err48);
errors++;
}
props0[key0] = true;
}
}
}
else {
const err49 = {instancePath:instancePath+"/system_prompts",schemaPath:"#/properties/system_prompts/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err49);
errors++;
}
}
if(data.tool_definitions !== undefined){
if(!(Array.isArray(data.tool_definitions))){
const err50 = {instancePath:instancePath+"/tool_definitions",schemaPath:"#/properties/tool_definitions/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err50);
errors++;
}
}
if(data.steps !== undefined){
let data43 = data.steps;
if(Array.isArray(data43)){
const len2 = data43.length;
for(let i2=0; i2<len2; i2++){
let data44 = data43[i2];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.step_index === undefined){
const err51 = {instancePath:instancePath+"/steps/" + i2,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "step_index"},message:"must have required property '"+"step_index"+"'"};
vErrors = pushError(vErrors, err51);
errors++;
}
if(data44.role === undefined){
const err52 = {instancePath:instancePath+"/steps/" + i2,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
vErrors = pushError(vErrors, err52);
errors++;
}
if(data44.step_index !== undefined){
let data45 = data44.step_index;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err53 = {instancePath:instancePath+"/steps/" + i2+"/step_index",schemaPath:"#/properties/steps/items/properties/step_index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err53);
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 0 || isNaN(data45)){
const err54 = {instancePath:instancePath+"/steps/" + i2+"/step_index",schemaPath:"#/properties/steps/items/properties/step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err54);
errors++;
}
}
}
if(data44.role !== undefined){
let data46 = data44.role;
if(!(((data46 === "system") || (data46 === "user")) || (data46 === "agent"))){
const err55 = {instancePath:instancePath+"/steps/" + i2+"/role",schemaPath:"#/properties/steps/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema31.properties.steps.items.properties.role.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err55);
errors++;
}
}
if(data44.content !== undefined){
let data47 = data44.content;
if((typeof data47 !== "string") && (data47 !== null)){
const err56 = {instancePath:instancePath+"/steps/" + i2+"/content",schemaPath:"#/properties/steps/items/properties/content/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.content.type},message:"must be string,null"};
vErrors = pushError(vErrors, err56);
errors++;
}
}
if(data44.reasoning_content !== undefined){
let data48 = data44.reasoning_content;
if((typeof data48 !== "string") && (data48 !== null)){
const err57 = {instancePath:instancePath+"/steps/" + i2+"/reasoning_content",schemaPath:"#/properties/steps/items/properties/reasoning_content/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.reasoning_content.type},message:"must be string,null"};
vErrors = pushError(vErrors, err57);
errors++;
}
}
if(data44.model !== undefined){
let data49 = data44.model;
if((typeof data49 !== "string") && (data49 !== null)){
const err58 = {instancePath:instancePath+"/steps/" + i2+"/model",schemaPath:"#/properties/steps/items/properties/model/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.model.type},message:"must be string,null"};
vErrors = pushError(vErrors, err58);
errors++;
}
}
if(data44.system_prompt_hash !== undefined){
let data50 = data44.system_prompt_hash;
if((typeof data50 !== "string") && (data50 !== null)){
const err59 = {instancePath:instancePath+"/steps/" + i2+"/system_prompt_hash",schemaPath:"#/properties/steps/items/properties/system_prompt_hash/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.system_prompt_hash.type},message:"must be string,null"};
vErrors = pushError(vErrors, err59);
errors++;
}
}
if(data44.agent_role !== undefined){
let data51 = data44.agent_role;
if((typeof data51 !== "string") && (data51 !== null)){
const err60 = {instancePath:instancePath+"/steps/" + i2+"/agent_role",schemaPath:"#/properties/steps/items/properties/agent_role/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.agent_role.type},message:"must be string,null"};
vErrors = pushError(vErrors, err60);
errors++;
}
}
if(data44.parent_step !== undefined){
let data52 = data44.parent_step;
if((!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))) && (data52 !== null)){
const err61 = {instancePath:instancePath+"/steps/" + i2+"/parent_step",schemaPath:"#/properties/steps/items/properties/parent_step/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.parent_step.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err61);
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 0 || isNaN(data52)){
const err62 = {instancePath:instancePath+"/steps/" + i2+"/parent_step",schemaPath:"#/properties/steps/items/properties/parent_step/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err62);
errors++;
}
}
}
if(data44.call_type !== undefined){
let data53 = data44.call_type;
if(!((((data53 === "main") || (data53 === "subagent")) || (data53 === "warmup")) || (data53 === null))){
const err63 = {instancePath:instancePath+"/steps/" + i2+"/call_type",schemaPath:"#/properties/steps/items/properties/call_type/enum",keyword:"enum",params:{allowedValues: schema31.properties.steps.items.properties.call_type.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err63);
errors++;
}
}
if(data44.subagent_trajectory_ref !== undefined){
let data54 = data44.subagent_trajectory_ref;
if((typeof data54 !== "string") && (data54 !== null)){
const err64 = {instancePath:instancePath+"/steps/" + i2+"/subagent_trajectory_ref",schemaPath:"#/properties/steps/items/properties/subagent_trajectory_ref/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.subagent_trajectory_ref.type},message:"must be string,null"};
vErrors = pushError(vErrors, err64);
errors++;
}
}
if(data44.tools_available !== undefined){
let data55 = data44.tools_available;
if(Array.isArray(data55)){
const len3 = data55.length;
for(let i3=0; i3<len3; i3++){
if(typeof data55[i3] !== "string"){
const err65 = {instancePath:instancePath+"/steps/" + i2+"/tools_available/" + i3,schemaPath:"#/properties/steps/items/properties/tools_available/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err65);
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/steps/" + i2+"/tools_available",schemaPath:"#/properties/steps/items/properties/tools_available/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err66);
errors++;
}
}
if(data44.tool_calls !== undefined){
let data57 = data44.tool_calls;
if(Array.isArray(data57)){
const len4 = data57.length;
for(let i4=0; i4<len4; i4++){
let data58 = data57[i4];
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.tool_call_id === undefined){
const err67 = {instancePath:instancePath+"/steps/" + i2+"/tool_calls/" + i4,schemaPath:"#/properties/steps/items/properties/tool_calls/items/required",keyword:"required",params:{missingProperty: "tool_call_id"},message:"must have required property '"+"tool_call_id"+"'"};
vErrors = pushError(vErrors, err67);
errors++;
}
if(data58.tool_name === undefined){
const err68 = {instancePath:instancePath+"/steps/" + i2+"/tool_calls/" + i4,schemaPath:"#/properties/steps/items/properties/tool_calls/items/required",keyword:"required",params:{missingProperty: "tool_name"},message:"must have required property '"+"tool_name"+"'"};
vErrors = pushError(vErrors, err68);
errors++;
}
if(data58.tool_call_id !== undefined){
if(typeof data58.tool_call_id !== "string"){
const err69 = {instancePath:instancePath+"/steps/" + i2+"/tool_calls/" + i4+"/tool_call_id",schemaPath:"#/properties/steps/items/properties/tool_calls/items/properties/tool_call_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err69);
errors++;
}
}
if(data58.tool_name !== undefined){
if(typeof data58.tool_name !== "string"){
const err70 = {instancePath:instancePath+"/steps/" + i2+"/tool_calls/" + i4+"/tool_name",schemaPath:"#/properties/steps/items/properties/tool_calls/items/properties/tool_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err70);
errors++;
}
}
if(data58.duration_ms !== undefined){
let data61 = data58.duration_ms;
if((!((typeof data61 == "number") && (isFinite(data61)))) && (data61 !== null)){
const err71 = {instancePath:instancePath+"/steps/" + i2+"/tool_calls/" + i4+"/duration_ms",schemaPath:"#/properties/steps/items/properties/tool_calls/items/properties/duration_ms/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.tool_calls.items.properties.duration_ms.type},message:"must be number,null"};
vErrors = pushError(vErrors, err71);
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 0 || isNaN(data61)){
const err72 = {instancePath:instancePath+"/steps/" + i2+"/tool_calls/" + i4+"/duration_ms",schemaPath:"#/properties/steps/items/properties/tool_calls/items/properties/duration_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err72);
errors++;
}
}
}
}
else {
const err73 = {instancePath:instancePath+"/steps/" + i2+"/tool_calls/" + i4,schemaPath:"#/properties/steps/items/properties/tool_calls/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err73);
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/steps/" + i2+"/tool_calls",schemaPath:"#/properties/steps/items/properties/tool_calls/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err74);
errors++;
}
}
if(data44.observations !== undefined){
let data62 = data44.observations;
if(Array.isArray(data62)){
const len5 = data62.length;
for(let i5=0; i5<len5; i5++){
let data63 = data62[i5];
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(data63.source_call_id === undefined){
const err75 = {instancePath:instancePath+"/steps/" + i2+"/observations/" + i5,schemaPath:"#/properties/steps/items/properties/observations/items/required",keyword:"required",params:{missingProperty: "source_call_id"},message:"must have required property '"+"source_call_id"+"'"};
vErrors = pushError(vErrors, err75);
errors++;
}
if(data63.source_call_id !== undefined){
if(typeof data63.source_call_id !== "string"){
const err76 = {instancePath:instancePath+"/steps/" + i2+"/observations/" + i5+"/source_call_id",schemaPath:"#/properties/steps/items/properties/observations/items/properties/source_call_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err76);
errors++;
}
}
if(data63.content !== undefined){
let data65 = data63.content;
if((typeof data65 !== "string") && (data65 !== null)){
const err77 = {instancePath:instancePath+"/steps/" + i2+"/observations/" + i5+"/content",schemaPath:"#/properties/steps/items/properties/observations/items/properties/content/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.observations.items.properties.content.type},message:"must be string,null"};
vErrors = pushError(vErrors, err77);
errors++;
}
}
if(data63.output_summary !== undefined){
let data66 = data63.output_summary;
if((typeof data66 !== "string") && (data66 !== null)){
const err78 = {instancePath:instancePath+"/steps/" + i2+"/observations/" + i5+"/output_summary",schemaPath:"#/properties/steps/items/properties/observations/items/properties/output_summary/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.observations.items.properties.output_summary.type},message:"must be string,null"};
vErrors = pushError(vErrors, err78);
errors++;
}
}
if(data63.error !== undefined){
let data67 = data63.error;
if((typeof data67 !== "string") && (data67 !== null)){
const err79 = {instancePath:instancePath+"/steps/" + i2+"/observations/" + i5+"/error",schemaPath:"#/properties/steps/items/properties/observations/items/properties/error/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.observations.items.properties.error.type},message:"must be string,null"};
vErrors = pushError(vErrors, err79);
errors++;
}
}
if(data63.structured_patch !== undefined){
if(!(Array.isArray(data63.structured_patch))){
const err80 = {instancePath:instancePath+"/steps/" + i2+"/observations/" + i5+"/structured_patch",schemaPath:"#/properties/steps/items/properties/observations/items/properties/structured_patch/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err80);
errors++;
}
}
if(data63.changes !== undefined){
let data69 = data63.changes;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
var props1 = {};
for(const key1 in data69){
if(pattern4.test(key1)){
props1[key1] = true;
}
}
}
else {
const err81 = {instancePath:instancePath+"/steps/" + i2+"/observations/" + i5+"/changes",schemaPath:"#/properties/steps/items/properties/observations/items/properties/changes/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err81);
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/steps/" + i2+"/observations/" + i5,schemaPath:"#/properties/steps/items/properties/observations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err82);
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/steps/" + i2+"/observations",schemaPath:"#/properties/steps/items/properties/observations/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err83);
errors++;
}
}
if(data44.snippets !== undefined){
let data70 = data44.snippets;
if(Array.isArray(data70)){
const len6 = data70.length;
for(let i6=0; i6<len6; i6++){
let data71 = data70[i6];
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.file_path === undefined){
const err84 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6,schemaPath:"#/properties/steps/items/properties/snippets/items/required",keyword:"required",params:{missingProperty: "file_path"},message:"must have required property '"+"file_path"+"'"};
vErrors = pushError(vErrors, err84);
errors++;
}
if(data71.file_path !== undefined){
if(typeof data71.file_path !== "string"){
const err85 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6+"/file_path",schemaPath:"#/properties/steps/items/properties/snippets/items/properties/file_path/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err85);
errors++;
}
}
if(data71.start_line !== undefined){
let data73 = data71.start_line;
if((!(((typeof data73 == "number") && (!(data73 % 1) && !isNaN(data73))) && (isFinite(data73)))) && (data73 !== null)){
const err86 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6+"/start_line",schemaPath:"#/properties/steps/items/properties/snippets/items/properties/start_line/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.snippets.items.properties.start_line.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err86);
errors++;
}
if((typeof data73 == "number") && (isFinite(data73))){
if(data73 < 0 || isNaN(data73)){
const err87 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6+"/start_line",schemaPath:"#/properties/steps/items/properties/snippets/items/properties/start_line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err87);
errors++;
}
}
}
if(data71.end_line !== undefined){
let data74 = data71.end_line;
if((!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))) && (data74 !== null)){
const err88 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6+"/end_line",schemaPath:"#/properties/steps/items/properties/snippets/items/properties/end_line/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.snippets.items.properties.end_line.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err88);
errors++;
}
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < 0 || isNaN(data74)){
const err89 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6+"/end_line",schemaPath:"#/properties/steps/items/properties/snippets/items/properties/end_line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err89);
errors++;
}
}
}
if(data71.language !== undefined){
let data75 = data71.language;
if((typeof data75 !== "string") && (data75 !== null)){
const err90 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6+"/language",schemaPath:"#/properties/steps/items/properties/snippets/items/properties/language/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.snippets.items.properties.language.type},message:"must be string,null"};
vErrors = pushError(vErrors, err90);
errors++;
}
}
if(data71.text !== undefined){
let data76 = data71.text;
if((typeof data76 !== "string") && (data76 !== null)){
const err91 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6+"/text",schemaPath:"#/properties/steps/items/properties/snippets/items/properties/text/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.snippets.items.properties.text.type},message:"must be string,null"};
vErrors = pushError(vErrors, err91);
errors++;
}
}
if(data71.source_step !== undefined){
let data77 = data71.source_step;
if((!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))) && (data77 !== null)){
const err92 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6+"/source_step",schemaPath:"#/properties/steps/items/properties/snippets/items/properties/source_step/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.snippets.items.properties.source_step.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err92);
errors++;
}
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 < 0 || isNaN(data77)){
const err93 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6+"/source_step",schemaPath:"#/properties/steps/items/properties/snippets/items/properties/source_step/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err93);
errors++;
}
}
}
}
else {
const err94 = {instancePath:instancePath+"/steps/" + i2+"/snippets/" + i6,schemaPath:"#/properties/steps/items/properties/snippets/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err94);
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/steps/" + i2+"/snippets",schemaPath:"#/properties/steps/items/properties/snippets/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err95);
errors++;
}
}
if(data44.token_usage !== undefined){
let data78 = data44.token_usage;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(data78.input_tokens !== undefined){
let data79 = data78.input_tokens;
if((!(((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79))) && (isFinite(data79)))) && (data79 !== null)){
const err96 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/input_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/input_tokens/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.token_usage.properties.input_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err96);
errors++;
}
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 < 0 || isNaN(data79)){
const err97 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/input_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err97);
errors++;
}
}
}
if(data78.output_tokens !== undefined){
let data80 = data78.output_tokens;
if((!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))) && (data80 !== null)){
const err98 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/output_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/output_tokens/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.token_usage.properties.output_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err98);
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 < 0 || isNaN(data80)){
const err99 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/output_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err99);
errors++;
}
}
}
if(data78.cache_read_tokens !== undefined){
let data81 = data78.cache_read_tokens;
if((!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))) && (data81 !== null)){
const err100 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/cache_read_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/cache_read_tokens/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.token_usage.properties.cache_read_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err100);
errors++;
}
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 < 0 || isNaN(data81)){
const err101 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/cache_read_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/cache_read_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err101);
errors++;
}
}
}
if(data78.cache_write_tokens !== undefined){
let data82 = data78.cache_write_tokens;
if((!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))) && (data82 !== null)){
const err102 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/cache_write_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/cache_write_tokens/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.token_usage.properties.cache_write_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err102);
errors++;
}
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 < 0 || isNaN(data82)){
const err103 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/cache_write_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/cache_write_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err103);
errors++;
}
}
}
if(data78.prefix_reuse_tokens !== undefined){
let data83 = data78.prefix_reuse_tokens;
if((!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))) && (data83 !== null)){
const err104 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/prefix_reuse_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/prefix_reuse_tokens/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.token_usage.properties.prefix_reuse_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err104);
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < 0 || isNaN(data83)){
const err105 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/prefix_reuse_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/prefix_reuse_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err105);
errors++;
}
}
}
if(data78.cache_write_1h_tokens !== undefined){
let data84 = data78.cache_write_1h_tokens;
if((!(((typeof data84 == "number") && (!(data84 % 1) && !isNaN(data84))) && (isFinite(data84)))) && (data84 !== null)){
const err106 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/cache_write_1h_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/cache_write_1h_tokens/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.token_usage.properties.cache_write_1h_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err106);
errors++;
}
if((typeof data84 == "number") && (isFinite(data84))){
if(data84 < 0 || isNaN(data84)){
const err107 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/cache_write_1h_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/cache_write_1h_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err107);
errors++;
}
}
}
if(data78.reasoning_tokens !== undefined){
let data85 = data78.reasoning_tokens;
if((!(((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85))) && (isFinite(data85)))) && (data85 !== null)){
const err108 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/reasoning_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/reasoning_tokens/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.token_usage.properties.reasoning_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err108);
errors++;
}
if((typeof data85 == "number") && (isFinite(data85))){
if(data85 < 0 || isNaN(data85)){
const err109 = {instancePath:instancePath+"/steps/" + i2+"/token_usage/reasoning_tokens",schemaPath:"#/properties/steps/items/properties/token_usage/properties/reasoning_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err109);
errors++;
}
}
}
}
else {
const err110 = {instancePath:instancePath+"/steps/" + i2+"/token_usage",schemaPath:"#/properties/steps/items/properties/token_usage/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err110);
errors++;
}
}
if(data44.timestamp !== undefined){
let data86 = data44.timestamp;
if((typeof data86 !== "string") && (data86 !== null)){
const err111 = {instancePath:instancePath+"/steps/" + i2+"/timestamp",schemaPath:"#/properties/steps/items/properties/timestamp/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.timestamp.type},message:"must be string,null"};
vErrors = pushError(vErrors, err111);
errors++;
}
}
if(data44.context_node_id !== undefined){
let data87 = data44.context_node_id;
if((typeof data87 !== "string") && (data87 !== null)){
const err112 = {instancePath:instancePath+"/steps/" + i2+"/context_node_id",schemaPath:"#/properties/steps/items/properties/context_node_id/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.context_node_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err112);
errors++;
}
}
if(data44.stop_reason !== undefined){
let data88 = data44.stop_reason;
if((typeof data88 !== "string") && (data88 !== null)){
const err113 = {instancePath:instancePath+"/steps/" + i2+"/stop_reason",schemaPath:"#/properties/steps/items/properties/stop_reason/type",keyword:"type",params:{type: schema31.properties.steps.items.properties.stop_reason.type},message:"must be string,null"};
vErrors = pushError(vErrors, err113);
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/steps/" + i2,schemaPath:"#/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err114);
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err115);
errors++;
}
}
if(data.outcome !== undefined){
let data89 = data.outcome;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.success !== undefined){
let data90 = data89.success;
if((typeof data90 !== "boolean") && (data90 !== null)){
const err116 = {instancePath:instancePath+"/outcome/success",schemaPath:"#/properties/outcome/properties/success/type",keyword:"type",params:{type: schema31.properties.outcome.properties.success.type},message:"must be boolean,null"};
vErrors = pushError(vErrors, err116);
errors++;
}
}
if(data89.signal_source !== undefined){
let data91 = data89.signal_source;
if((typeof data91 !== "string") && (data91 !== null)){
const err117 = {instancePath:instancePath+"/outcome/signal_source",schemaPath:"#/properties/outcome/properties/signal_source/type",keyword:"type",params:{type: schema31.properties.outcome.properties.signal_source.type},message:"must be string,null"};
vErrors = pushError(vErrors, err117);
errors++;
}
}
if(data89.signal_confidence !== undefined){
let data92 = data89.signal_confidence;
if(!((((data92 === "derived") || (data92 === "inferred")) || (data92 === "annotated")) || (data92 === null))){
const err118 = {instancePath:instancePath+"/outcome/signal_confidence",schemaPath:"#/properties/outcome/properties/signal_confidence/enum",keyword:"enum",params:{allowedValues: schema31.properties.outcome.properties.signal_confidence.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err118);
errors++;
}
}
if(data89.description !== undefined){
let data93 = data89.description;
if((typeof data93 !== "string") && (data93 !== null)){
const err119 = {instancePath:instancePath+"/outcome/description",schemaPath:"#/properties/outcome/properties/description/type",keyword:"type",params:{type: schema31.properties.outcome.properties.description.type},message:"must be string,null"};
vErrors = pushError(vErrors, err119);
errors++;
}
}
if(data89.committed !== undefined){
let data94 = data89.committed;
if((typeof data94 !== "boolean") && (data94 !== null)){
const err120 = {instancePath:instancePath+"/outcome/committed",schemaPath:"#/properties/outcome/properties/committed/type",keyword:"type",params:{type: schema31.properties.outcome.properties.committed.type},message:"must be boolean,null"};
vErrors = pushError(vErrors, err120);
errors++;
}
}
if(data89.commit_sha !== undefined){
let data95 = data89.commit_sha;
if((typeof data95 !== "string") && (data95 !== null)){
const err121 = {instancePath:instancePath+"/outcome/commit_sha",schemaPath:"#/properties/outcome/properties/commit_sha/type",keyword:"type",params:{type: schema31.properties.outcome.properties.commit_sha.type},message:"must be string,null"};
vErrors = pushError(vErrors, err121);
errors++;
}
}
if(data89.terminal_state !== undefined){
let data96 = data89.terminal_state;
if(!(((((data96 === "goal_reached") || (data96 === "interrupted")) || (data96 === "error")) || (data96 === "abandoned")) || (data96 === null))){
const err122 = {instancePath:instancePath+"/outcome/terminal_state",schemaPath:"#/properties/outcome/properties/terminal_state/enum",keyword:"enum",params:{allowedValues: schema31.properties.outcome.properties.terminal_state.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err122);
errors++;
}
}
if(data89.reward !== undefined){
let data97 = data89.reward;
if((!((typeof data97 == "number") && (isFinite(data97)))) && (data97 !== null)){
const err123 = {instancePath:instancePath+"/outcome/reward",schemaPath:"#/properties/outcome/properties/reward/type",keyword:"type",params:{type: schema31.properties.outcome.properties.reward.type},message:"must be number,null"};
vErrors = pushError(vErrors, err123);
errors++;
}
}
if(data89.reward_source !== undefined){
let data98 = data89.reward_source;
if((typeof data98 !== "string") && (data98 !== null)){
const err124 = {instancePath:instancePath+"/outcome/reward_source",schemaPath:"#/properties/outcome/properties/reward_source/type",keyword:"type",params:{type: schema31.properties.outcome.properties.reward_source.type},message:"must be string,null"};
vErrors = pushError(vErrors, err124);
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err125);
errors++;
}
}
if(data.dependencies !== undefined){
let data99 = data.dependencies;
if(Array.isArray(data99)){
const len7 = data99.length;
for(let i7=0; i7<len7; i7++){
if(typeof data99[i7] !== "string"){
const err126 = {instancePath:instancePath+"/dependencies/" + i7,schemaPath:"#/properties/dependencies/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err126);
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err127);
errors++;
}
}
if(data.metrics !== undefined){
let data101 = data.metrics;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(data101.total_steps !== undefined){
let data102 = data101.total_steps;
if((!(((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102))) && (isFinite(data102)))) && (data102 !== null)){
const err128 = {instancePath:instancePath+"/metrics/total_steps",schemaPath:"#/properties/metrics/properties/total_steps/type",keyword:"type",params:{type: schema31.properties.metrics.properties.total_steps.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err128);
errors++;
}
if((typeof data102 == "number") && (isFinite(data102))){
if(data102 < 0 || isNaN(data102)){
const err129 = {instancePath:instancePath+"/metrics/total_steps",schemaPath:"#/properties/metrics/properties/total_steps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err129);
errors++;
}
}
}
if(data101.total_input_tokens !== undefined){
let data103 = data101.total_input_tokens;
if((!(((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103))) && (isFinite(data103)))) && (data103 !== null)){
const err130 = {instancePath:instancePath+"/metrics/total_input_tokens",schemaPath:"#/properties/metrics/properties/total_input_tokens/type",keyword:"type",params:{type: schema31.properties.metrics.properties.total_input_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err130);
errors++;
}
if((typeof data103 == "number") && (isFinite(data103))){
if(data103 < 0 || isNaN(data103)){
const err131 = {instancePath:instancePath+"/metrics/total_input_tokens",schemaPath:"#/properties/metrics/properties/total_input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err131);
errors++;
}
}
}
if(data101.total_output_tokens !== undefined){
let data104 = data101.total_output_tokens;
if((!(((typeof data104 == "number") && (!(data104 % 1) && !isNaN(data104))) && (isFinite(data104)))) && (data104 !== null)){
const err132 = {instancePath:instancePath+"/metrics/total_output_tokens",schemaPath:"#/properties/metrics/properties/total_output_tokens/type",keyword:"type",params:{type: schema31.properties.metrics.properties.total_output_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err132);
errors++;
}
if((typeof data104 == "number") && (isFinite(data104))){
if(data104 < 0 || isNaN(data104)){
const err133 = {instancePath:instancePath+"/metrics/total_output_tokens",schemaPath:"#/properties/metrics/properties/total_output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err133);
errors++;
}
}
}
if(data101.total_cache_read_tokens !== undefined){
let data105 = data101.total_cache_read_tokens;
if((!(((typeof data105 == "number") && (!(data105 % 1) && !isNaN(data105))) && (isFinite(data105)))) && (data105 !== null)){
const err134 = {instancePath:instancePath+"/metrics/total_cache_read_tokens",schemaPath:"#/properties/metrics/properties/total_cache_read_tokens/type",keyword:"type",params:{type: schema31.properties.metrics.properties.total_cache_read_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err134);
errors++;
}
if((typeof data105 == "number") && (isFinite(data105))){
if(data105 < 0 || isNaN(data105)){
const err135 = {instancePath:instancePath+"/metrics/total_cache_read_tokens",schemaPath:"#/properties/metrics/properties/total_cache_read_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err135);
errors++;
}
}
}
if(data101.total_cache_creation_tokens !== undefined){
let data106 = data101.total_cache_creation_tokens;
if((!(((typeof data106 == "number") && (!(data106 % 1) && !isNaN(data106))) && (isFinite(data106)))) && (data106 !== null)){
const err136 = {instancePath:instancePath+"/metrics/total_cache_creation_tokens",schemaPath:"#/properties/metrics/properties/total_cache_creation_tokens/type",keyword:"type",params:{type: schema31.properties.metrics.properties.total_cache_creation_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err136);
errors++;
}
if((typeof data106 == "number") && (isFinite(data106))){
if(data106 < 0 || isNaN(data106)){
const err137 = {instancePath:instancePath+"/metrics/total_cache_creation_tokens",schemaPath:"#/properties/metrics/properties/total_cache_creation_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err137);
errors++;
}
}
}
if(data101.total_reasoning_tokens !== undefined){
let data107 = data101.total_reasoning_tokens;
if((!(((typeof data107 == "number") && (!(data107 % 1) && !isNaN(data107))) && (isFinite(data107)))) && (data107 !== null)){
const err138 = {instancePath:instancePath+"/metrics/total_reasoning_tokens",schemaPath:"#/properties/metrics/properties/total_reasoning_tokens/type",keyword:"type",params:{type: schema31.properties.metrics.properties.total_reasoning_tokens.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err138);
errors++;
}
if((typeof data107 == "number") && (isFinite(data107))){
if(data107 < 0 || isNaN(data107)){
const err139 = {instancePath:instancePath+"/metrics/total_reasoning_tokens",schemaPath:"#/properties/metrics/properties/total_reasoning_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err139);
errors++;
}
}
}
if(data101.total_duration_s !== undefined){
let data108 = data101.total_duration_s;
if((!((typeof data108 == "number") && (isFinite(data108)))) && (data108 !== null)){
const err140 = {instancePath:instancePath+"/metrics/total_duration_s",schemaPath:"#/properties/metrics/properties/total_duration_s/type",keyword:"type",params:{type: schema31.properties.metrics.properties.total_duration_s.type},message:"must be number,null"};
vErrors = pushError(vErrors, err140);
errors++;
}
if((typeof data108 == "number") && (isFinite(data108))){
if(data108 < 0 || isNaN(data108)){
const err141 = {instancePath:instancePath+"/metrics/total_duration_s",schemaPath:"#/properties/metrics/properties/total_duration_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err141);
errors++;
}
}
}
if(data101.cache_hit_rate !== undefined){
let data109 = data101.cache_hit_rate;
if((!((typeof data109 == "number") && (isFinite(data109)))) && (data109 !== null)){
const err142 = {instancePath:instancePath+"/metrics/cache_hit_rate",schemaPath:"#/properties/metrics/properties/cache_hit_rate/type",keyword:"type",params:{type: schema31.properties.metrics.properties.cache_hit_rate.type},message:"must be number,null"};
vErrors = pushError(vErrors, err142);
errors++;
}
if((typeof data109 == "number") && (isFinite(data109))){
if(data109 > 1 || isNaN(data109)){
const err143 = {instancePath:instancePath+"/metrics/cache_hit_rate",schemaPath:"#/properties/metrics/properties/cache_hit_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
vErrors = pushError(vErrors, err143);
errors++;
}
if(data109 < 0 || isNaN(data109)){
const err144 = {instancePath:instancePath+"/metrics/cache_hit_rate",schemaPath:"#/properties/metrics/properties/cache_hit_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err144);
errors++;
}
}
}
if(data101.estimated_cost_usd !== undefined){
let data110 = data101.estimated_cost_usd;
if((!((typeof data110 == "number") && (isFinite(data110)))) && (data110 !== null)){
const err145 = {instancePath:instancePath+"/metrics/estimated_cost_usd",schemaPath:"#/properties/metrics/properties/estimated_cost_usd/type",keyword:"type",params:{type: schema31.properties.metrics.properties.estimated_cost_usd.type},message:"must be number,null"};
vErrors = pushError(vErrors, err145);
errors++;
}
if((typeof data110 == "number") && (isFinite(data110))){
if(data110 < 0 || isNaN(data110)){
const err146 = {instancePath:instancePath+"/metrics/estimated_cost_usd",schemaPath:"#/properties/metrics/properties/estimated_cost_usd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err146);
errors++;
}
}
}
}
else {
const err147 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err147);
errors++;
}
}
if(data.security !== undefined){
let data111 = data.security;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.scanned !== undefined){
if(typeof data111.scanned !== "boolean"){
const err148 = {instancePath:instancePath+"/security/scanned",schemaPath:"#/properties/security/properties/scanned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err148);
errors++;
}
}
if(data111.flags_reviewed !== undefined){
let data113 = data111.flags_reviewed;
if((!(((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113))) && (isFinite(data113)))) && (data113 !== null)){
const err149 = {instancePath:instancePath+"/security/flags_reviewed",schemaPath:"#/properties/security/properties/flags_reviewed/type",keyword:"type",params:{type: schema31.properties.security.properties.flags_reviewed.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err149);
errors++;
}
if((typeof data113 == "number") && (isFinite(data113))){
if(data113 < 0 || isNaN(data113)){
const err150 = {instancePath:instancePath+"/security/flags_reviewed",schemaPath:"#/properties/security/properties/flags_reviewed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err150);
errors++;
}
}
}
if(data111.redactions_applied !== undefined){
let data114 = data111.redactions_applied;
if((!(((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114))) && (isFinite(data114)))) && (data114 !== null)){
const err151 = {instancePath:instancePath+"/security/redactions_applied",schemaPath:"#/properties/security/properties/redactions_applied/type",keyword:"type",params:{type: schema31.properties.security.properties.redactions_applied.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err151);
errors++;
}
if((typeof data114 == "number") && (isFinite(data114))){
if(data114 < 0 || isNaN(data114)){
const err152 = {instancePath:instancePath+"/security/redactions_applied",schemaPath:"#/properties/security/properties/redactions_applied/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err152);
errors++;
}
}
}
if(data111.classifier_version !== undefined){
let data115 = data111.classifier_version;
if((typeof data115 !== "string") && (data115 !== null)){
const err153 = {instancePath:instancePath+"/security/classifier_version",schemaPath:"#/properties/security/properties/classifier_version/type",keyword:"type",params:{type: schema31.properties.security.properties.classifier_version.type},message:"must be string,null"};
vErrors = pushError(vErrors, err153);
errors++;
}
}
if(data111.tools_applied !== undefined){
let data116 = data111.tools_applied;
if(Array.isArray(data116)){
const len8 = data116.length;
for(let i8=0; i8<len8; i8++){
if(typeof data116[i8] !== "string"){
const err154 = {instancePath:instancePath+"/security/tools_applied/" + i8,schemaPath:"#/properties/security/properties/tools_applied/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err154);
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/security/tools_applied",schemaPath:"#/properties/security/properties/tools_applied/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err155);
errors++;
}
}
if(data111.security_version !== undefined){
let data118 = data111.security_version;
if(!(((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118))) && (isFinite(data118)))){
const err156 = {instancePath:instancePath+"/security/security_version",schemaPath:"#/properties/security/properties/security_version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err156);
errors++;
}
if((typeof data118 == "number") && (isFinite(data118))){
if(data118 < 0 || isNaN(data118)){
const err157 = {instancePath:instancePath+"/security/security_version",schemaPath:"#/properties/security/properties/security_version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err157);
errors++;
}
}
}
if(data111.tool_counts !== undefined){
let data119 = data111.tool_counts;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
var props2 = {};
for(const key2 in data119){
if(pattern4.test(key2)){
let data120 = data119[key2];
if(!(((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120))) && (isFinite(data120)))){
const err158 = {instancePath:instancePath+"/security/tool_counts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/security/properties/tool_counts/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err158);
errors++;
}
if((typeof data120 == "number") && (isFinite(data120))){
if(data120 < 0 || isNaN(data120)){
const err159 = {instancePath:instancePath+"/security/tool_counts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/security/properties/tool_counts/patternProperties/%5E(.*)%24/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err159);
errors++;
}
}
props2[key2] = true;
}
}
}
else {
const err160 = {instancePath:instancePath+"/security/tool_counts",schemaPath:"#/properties/security/properties/tool_counts/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err160);
errors++;
}
}
if(data111.classifier_flags !== undefined){
let data121 = data111.classifier_flags;
if(Array.isArray(data121)){
const len9 = data121.length;
for(let i9=0; i9<len9; i9++){
let data122 = data121[i9];
if(data122 && typeof data122 == "object" && !Array.isArray(data122)){
if(data122.pattern === undefined){
const err161 = {instancePath:instancePath+"/security/classifier_flags/" + i9,schemaPath:"#/properties/security/properties/classifier_flags/items/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};
vErrors = pushError(vErrors, err161);
errors++;
}
if(data122.severity === undefined){
const err162 = {instancePath:instancePath+"/security/classifier_flags/" + i9,schemaPath:"#/properties/security/properties/classifier_flags/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
vErrors = pushError(vErrors, err162);
errors++;
}
if(data122.count === undefined){
const err163 = {instancePath:instancePath+"/security/classifier_flags/" + i9,schemaPath:"#/properties/security/properties/classifier_flags/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
vErrors = pushError(vErrors, err163);
errors++;
}
if(data122.pattern !== undefined){
if(typeof data122.pattern !== "string"){
const err164 = {instancePath:instancePath+"/security/classifier_flags/" + i9+"/pattern",schemaPath:"#/properties/security/properties/classifier_flags/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err164);
errors++;
}
}
if(data122.severity !== undefined){
if(typeof data122.severity !== "string"){
const err165 = {instancePath:instancePath+"/security/classifier_flags/" + i9+"/severity",schemaPath:"#/properties/security/properties/classifier_flags/items/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err165);
errors++;
}
}
if(data122.count !== undefined){
let data125 = data122.count;
if(!(((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125))) && (isFinite(data125)))){
const err166 = {instancePath:instancePath+"/security/classifier_flags/" + i9+"/count",schemaPath:"#/properties/security/properties/classifier_flags/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err166);
errors++;
}
if((typeof data125 == "number") && (isFinite(data125))){
if(data125 < 0 || isNaN(data125)){
const err167 = {instancePath:instancePath+"/security/classifier_flags/" + i9+"/count",schemaPath:"#/properties/security/properties/classifier_flags/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err167);
errors++;
}
}
}
}
else {
const err168 = {instancePath:instancePath+"/security/classifier_flags/" + i9,schemaPath:"#/properties/security/properties/classifier_flags/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err168);
errors++;
}
}
}
else {
const err169 = {instancePath:instancePath+"/security/classifier_flags",schemaPath:"#/properties/security/properties/classifier_flags/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err169);
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/security",schemaPath:"#/properties/security/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err170);
errors++;
}
}
if(data.attribution !== undefined){
let data126 = data.attribution;
if((!(data126 && typeof data126 == "object" && !Array.isArray(data126))) && (data126 !== null)){
const err171 = {instancePath:instancePath+"/attribution",schemaPath:"#/properties/attribution/type",keyword:"type",params:{type: schema31.properties.attribution.type},message:"must be object,null"};
vErrors = pushError(vErrors, err171);
errors++;
}
if(data126 && typeof data126 == "object" && !Array.isArray(data126)){
if(data126.experimental !== undefined){
if(typeof data126.experimental !== "boolean"){
const err172 = {instancePath:instancePath+"/attribution/experimental",schemaPath:"#/properties/attribution/properties/experimental/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err172);
errors++;
}
}
if(data126.revision !== undefined){
let data128 = data126.revision;
const _errs270 = errors;
let valid40 = false;
const _errs271 = errors;
if(typeof data128 !== "string"){
const err173 = {instancePath:instancePath+"/attribution/revision",schemaPath:"#/properties/attribution/properties/revision/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err173);
errors++;
}
var _valid0 = _errs271 === errors;
valid40 = valid40 || _valid0;
const _errs273 = errors;
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
if(data128.vcs_type !== undefined){
let data129 = data128.vcs_type;
if((typeof data129 !== "string") && (data129 !== null)){
const err174 = {instancePath:instancePath+"/attribution/revision/vcs_type",schemaPath:"#/properties/attribution/properties/revision/anyOf/1/properties/vcs_type/type",keyword:"type",params:{type: schema31.properties.attribution.properties.revision.anyOf[1].properties.vcs_type.type},message:"must be string,null"};
vErrors = pushError(vErrors, err174);
errors++;
}
}
if(data128.revision !== undefined){
let data130 = data128.revision;
if((typeof data130 !== "string") && (data130 !== null)){
const err175 = {instancePath:instancePath+"/attribution/revision/revision",schemaPath:"#/properties/attribution/properties/revision/anyOf/1/properties/revision/type",keyword:"type",params:{type: schema31.properties.attribution.properties.revision.anyOf[1].properties.revision.type},message:"must be string,null"};
vErrors = pushError(vErrors, err175);
errors++;
}
}
}
else {
const err176 = {instancePath:instancePath+"/attribution/revision",schemaPath:"#/properties/attribution/properties/revision/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err176);
errors++;
}
var _valid0 = _errs273 === errors;
valid40 = valid40 || _valid0;
const _errs280 = errors;
if(data128 !== null){
const err177 = {instancePath:instancePath+"/attribution/revision",schemaPath:"#/properties/attribution/properties/revision/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
vErrors = pushError(vErrors, err177);
errors++;
}
var _valid0 = _errs280 === errors;
valid40 = valid40 || _valid0;
if(!valid40){
const err178 = {instancePath:instancePath+"/attribution/revision",schemaPath:"#/properties/attribution/properties/revision/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err178);
errors++;
}
else {
errors = _errs270;
if(vErrors !== null){
if(_errs270){
vErrors.length = _errs270;
}
else {
vErrors = null;
}
}
}
}
if(data126.files !== undefined){
let data131 = data126.files;
if(Array.isArray(data131)){
const len10 = data131.length;
for(let i10=0; i10<len10; i10++){
let data132 = data131[i10];
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
if(data132.path === undefined){
const err179 = {instancePath:instancePath+"/attribution/files/" + i10,schemaPath:"#/properties/attribution/properties/files/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
vErrors = pushError(vErrors, err179);
errors++;
}
if(data132.conversations === undefined){
const err180 = {instancePath:instancePath+"/attribution/files/" + i10,schemaPath:"#/properties/attribution/properties/files/items/required",keyword:"required",params:{missingProperty: "conversations"},message:"must have required property '"+"conversations"+"'"};
vErrors = pushError(vErrors, err180);
errors++;
}
if(data132.path !== undefined){
if(typeof data132.path !== "string"){
const err181 = {instancePath:instancePath+"/attribution/files/" + i10+"/path",schemaPath:"#/properties/attribution/properties/files/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err181);
errors++;
}
}
if(data132.conversations !== undefined){
let data134 = data132.conversations;
if(Array.isArray(data134)){
const len11 = data134.length;
for(let i11=0; i11<len11; i11++){
let data135 = data134[i11];
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
if(data135.ranges === undefined){
const err182 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11,schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/required",keyword:"required",params:{missingProperty: "ranges"},message:"must have required property '"+"ranges"+"'"};
vErrors = pushError(vErrors, err182);
errors++;
}
if(data135.contributor !== undefined){
const _errs295 = errors;
let valid48 = false;
var _valid1 = true;
valid48 = valid48 || _valid1;
const _errs296 = errors;
if(data135.contributor !== null){
const err183 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/contributor",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/contributor/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
vErrors = pushError(vErrors, err183);
errors++;
}
var _valid1 = _errs296 === errors;
valid48 = valid48 || _valid1;
if(!valid48){
const err184 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/contributor",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/contributor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err184);
errors++;
}
else {
errors = _errs295;
if(vErrors !== null){
if(_errs295){
vErrors.length = _errs295;
}
else {
vErrors = null;
}
}
}
}
if(data135.url !== undefined){
let data137 = data135.url;
if((typeof data137 !== "string") && (data137 !== null)){
const err185 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/url",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/url/type",keyword:"type",params:{type: schema31.properties.attribution.properties.files.items.properties.conversations.items.properties.url.type},message:"must be string,null"};
vErrors = pushError(vErrors, err185);
errors++;
}
}
if(data135.ids !== undefined){
let data138 = data135.ids;
const _errs301 = errors;
let valid49 = false;
const _errs302 = errors;
if(Array.isArray(data138)){
const len12 = data138.length;
for(let i12=0; i12<len12; i12++){
if(typeof data138[i12] !== "string"){
const err186 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ids/" + i12,schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ids/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err186);
errors++;
}
}
}
else {
const err187 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ids",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ids/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err187);
errors++;
}
var _valid2 = _errs302 === errors;
valid49 = valid49 || _valid2;
const _errs306 = errors;
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
var props4 = {};
for(const key3 in data138){
if(pattern4.test(key3)){
let data140 = data138[key3];
const _errs309 = errors;
let valid53 = false;
const _errs310 = errors;
if(typeof data140 !== "string"){
const err188 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ids/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ids/anyOf/1/patternProperties/%5E(.*)%24/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err188);
errors++;
}
var _valid3 = _errs310 === errors;
valid53 = valid53 || _valid3;
const _errs312 = errors;
if(Array.isArray(data140)){
const len13 = data140.length;
for(let i13=0; i13<len13; i13++){
if(typeof data140[i13] !== "string"){
const err189 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ids/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i13,schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ids/anyOf/1/patternProperties/%5E(.*)%24/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err189);
errors++;
}
}
}
else {
const err190 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ids/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ids/anyOf/1/patternProperties/%5E(.*)%24/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err190);
errors++;
}
var _valid3 = _errs312 === errors;
valid53 = valid53 || _valid3;
if(!valid53){
const err191 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ids/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ids/anyOf/1/patternProperties/%5E(.*)%24/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err191);
errors++;
}
else {
errors = _errs309;
if(vErrors !== null){
if(_errs309){
vErrors.length = _errs309;
}
else {
vErrors = null;
}
}
}
props4[key3] = true;
}
}
}
else {
const err192 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ids",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ids/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err192);
errors++;
}
var _valid2 = _errs306 === errors;
valid49 = valid49 || _valid2;
const _errs316 = errors;
if(data138 !== null){
const err193 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ids",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ids/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
vErrors = pushError(vErrors, err193);
errors++;
}
var _valid2 = _errs316 === errors;
valid49 = valid49 || _valid2;
if(!valid49){
const err194 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ids",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ids/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err194);
errors++;
}
else {
errors = _errs301;
if(vErrors !== null){
if(_errs301){
vErrors.length = _errs301;
}
else {
vErrors = null;
}
}
}
}
if(data135.related !== undefined){
let data142 = data135.related;
if((!(Array.isArray(data142))) && (data142 !== null)){
const err195 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/related",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/related/type",keyword:"type",params:{type: schema31.properties.attribution.properties.files.items.properties.conversations.items.properties.related.type},message:"must be array,null"};
vErrors = pushError(vErrors, err195);
errors++;
}
}
if(data135.ranges !== undefined){
let data143 = data135.ranges;
if(Array.isArray(data143)){
const len14 = data143.length;
for(let i14=0; i14<len14; i14++){
let data144 = data143[i14];
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
if(data144.start_line === undefined){
const err196 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14,schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "start_line"},message:"must have required property '"+"start_line"+"'"};
vErrors = pushError(vErrors, err196);
errors++;
}
if(data144.end_line === undefined){
const err197 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14,schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/required",keyword:"required",params:{missingProperty: "end_line"},message:"must have required property '"+"end_line"+"'"};
vErrors = pushError(vErrors, err197);
errors++;
}
if(data144.start_line !== undefined){
let data145 = data144.start_line;
if(!(((typeof data145 == "number") && (!(data145 % 1) && !isNaN(data145))) && (isFinite(data145)))){
const err198 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/start_line",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/start_line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err198);
errors++;
}
if((typeof data145 == "number") && (isFinite(data145))){
if(data145 < 0 || isNaN(data145)){
const err199 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/start_line",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/start_line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err199);
errors++;
}
}
}
if(data144.end_line !== undefined){
let data146 = data144.end_line;
if(!(((typeof data146 == "number") && (!(data146 % 1) && !isNaN(data146))) && (isFinite(data146)))){
const err200 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/end_line",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/end_line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err200);
errors++;
}
if((typeof data146 == "number") && (isFinite(data146))){
if(data146 < 0 || isNaN(data146)){
const err201 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/end_line",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/end_line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err201);
errors++;
}
}
}
if(data144.content_hash !== undefined){
let data147 = data144.content_hash;
if((typeof data147 !== "string") && (data147 !== null)){
const err202 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/content_hash",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/content_hash/type",keyword:"type",params:{type: schema31.properties.attribution.properties.files.items.properties.conversations.items.properties.ranges.items.properties.content_hash.type},message:"must be string,null"};
vErrors = pushError(vErrors, err202);
errors++;
}
}
if(data144.confidence !== undefined){
let data148 = data144.confidence;
const _errs332 = errors;
let valid59 = false;
const _errs333 = errors;
if(!((typeof data148 == "number") && (isFinite(data148)))){
const err203 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/confidence",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/confidence/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
vErrors = pushError(vErrors, err203);
errors++;
}
var _valid4 = _errs333 === errors;
valid59 = valid59 || _valid4;
const _errs335 = errors;
if(typeof data148 !== "string"){
const err204 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/confidence",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/confidence/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err204);
errors++;
}
var _valid4 = _errs335 === errors;
valid59 = valid59 || _valid4;
const _errs337 = errors;
if(data148 !== null){
const err205 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/confidence",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/confidence/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
vErrors = pushError(vErrors, err205);
errors++;
}
var _valid4 = _errs337 === errors;
valid59 = valid59 || _valid4;
if(!valid59){
const err206 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/confidence",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/confidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err206);
errors++;
}
else {
errors = _errs332;
if(vErrors !== null){
if(_errs332){
vErrors.length = _errs332;
}
else {
vErrors = null;
}
}
}
}
if(data144.change_type !== undefined){
let data149 = data144.change_type;
if((typeof data149 !== "string") && (data149 !== null)){
const err207 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/change_type",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/change_type/type",keyword:"type",params:{type: schema31.properties.attribution.properties.files.items.properties.conversations.items.properties.ranges.items.properties.change_type.type},message:"must be string,null"};
vErrors = pushError(vErrors, err207);
errors++;
}
}
if(data144.original !== undefined){
let data150 = data144.original;
const _errs342 = errors;
let valid60 = false;
const _errs343 = errors;
if(typeof data150 !== "string"){
const err208 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err208);
errors++;
}
var _valid5 = _errs343 === errors;
valid60 = valid60 || _valid5;
const _errs345 = errors;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
if(data150.start_line === undefined){
const err209 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf/1/required",keyword:"required",params:{missingProperty: "start_line"},message:"must have required property '"+"start_line"+"'"};
vErrors = pushError(vErrors, err209);
errors++;
}
if(data150.end_line === undefined){
const err210 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf/1/required",keyword:"required",params:{missingProperty: "end_line"},message:"must have required property '"+"end_line"+"'"};
vErrors = pushError(vErrors, err210);
errors++;
}
if(data150.start_line !== undefined){
let data151 = data150.start_line;
if(!(((typeof data151 == "number") && (!(data151 % 1) && !isNaN(data151))) && (isFinite(data151)))){
const err211 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original/start_line",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf/1/properties/start_line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err211);
errors++;
}
if((typeof data151 == "number") && (isFinite(data151))){
if(data151 < 0 || isNaN(data151)){
const err212 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original/start_line",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf/1/properties/start_line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err212);
errors++;
}
}
}
if(data150.end_line !== undefined){
let data152 = data150.end_line;
if(!(((typeof data152 == "number") && (!(data152 % 1) && !isNaN(data152))) && (isFinite(data152)))){
const err213 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original/end_line",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf/1/properties/end_line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err213);
errors++;
}
if((typeof data152 == "number") && (isFinite(data152))){
if(data152 < 0 || isNaN(data152)){
const err214 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original/end_line",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf/1/properties/end_line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err214);
errors++;
}
}
}
if(data150.content_hash !== undefined){
let data153 = data150.content_hash;
if((typeof data153 !== "string") && (data153 !== null)){
const err215 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original/content_hash",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf/1/properties/content_hash/type",keyword:"type",params:{type: schema31.properties.attribution.properties.files.items.properties.conversations.items.properties.ranges.items.properties.original.anyOf[1].properties.content_hash.type},message:"must be string,null"};
vErrors = pushError(vErrors, err215);
errors++;
}
}
}
else {
const err216 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err216);
errors++;
}
var _valid5 = _errs345 === errors;
valid60 = valid60 || _valid5;
const _errs354 = errors;
if(data150 !== null){
const err217 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
vErrors = pushError(vErrors, err217);
errors++;
}
var _valid5 = _errs354 === errors;
valid60 = valid60 || _valid5;
if(!valid60){
const err218 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/original",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/original/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err218);
errors++;
}
else {
errors = _errs342;
if(vErrors !== null){
if(_errs342){
vErrors.length = _errs342;
}
else {
vErrors = null;
}
}
}
}
if(data144.contributor !== undefined){
const _errs357 = errors;
let valid62 = false;
var _valid6 = true;
valid62 = valid62 || _valid6;
const _errs358 = errors;
if(data144.contributor !== null){
const err219 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/contributor",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/contributor/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
vErrors = pushError(vErrors, err219);
errors++;
}
var _valid6 = _errs358 === errors;
valid62 = valid62 || _valid6;
if(!valid62){
const err220 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14+"/contributor",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/properties/contributor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err220);
errors++;
}
else {
errors = _errs357;
if(vErrors !== null){
if(_errs357){
vErrors.length = _errs357;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err221 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges/" + i14,schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err221);
errors++;
}
}
}
else {
const err222 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11+"/ranges",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err222);
errors++;
}
}
}
else {
const err223 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations/" + i11,schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err223);
errors++;
}
}
}
else {
const err224 = {instancePath:instancePath+"/attribution/files/" + i10+"/conversations",schemaPath:"#/properties/attribution/properties/files/items/properties/conversations/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err224);
errors++;
}
}
}
else {
const err225 = {instancePath:instancePath+"/attribution/files/" + i10,schemaPath:"#/properties/attribution/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err225);
errors++;
}
}
}
else {
const err226 = {instancePath:instancePath+"/attribution/files",schemaPath:"#/properties/attribution/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err226);
errors++;
}
}
if(data126.unaccounted_files !== undefined){
let data155 = data126.unaccounted_files;
if((!(Array.isArray(data155))) && (data155 !== null)){
const err227 = {instancePath:instancePath+"/attribution/unaccounted_files",schemaPath:"#/properties/attribution/properties/unaccounted_files/type",keyword:"type",params:{type: schema31.properties.attribution.properties.unaccounted_files.type},message:"must be array,null"};
vErrors = pushError(vErrors, err227);
errors++;
}
if(Array.isArray(data155)){
const len15 = data155.length;
for(let i15=0; i15<len15; i15++){
if(typeof data155[i15] !== "string"){
const err228 = {instancePath:instancePath+"/attribution/unaccounted_files/" + i15,schemaPath:"#/properties/attribution/properties/unaccounted_files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err228);
errors++;
}
}
}
}
}
}
if(data.lifecycle !== undefined){
let data157 = data.lifecycle;
if(!(((data157 === "provisional") || (data157 === "final")) || (data157 === null))){
const err229 = {instancePath:instancePath+"/lifecycle",schemaPath:"#/properties/lifecycle/enum",keyword:"enum",params:{allowedValues: schema31.properties.lifecycle.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err229);
errors++;
}
}
if(data.generation_index !== undefined){
let data158 = data.generation_index;
if((!(((typeof data158 == "number") && (!(data158 % 1) && !isNaN(data158))) && (isFinite(data158)))) && (data158 !== null)){
const err230 = {instancePath:instancePath+"/generation_index",schemaPath:"#/properties/generation_index/type",keyword:"type",params:{type: schema31.properties.generation_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err230);
errors++;
}
if((typeof data158 == "number") && (isFinite(data158))){
if(data158 < 0 || isNaN(data158)){
const err231 = {instancePath:instancePath+"/generation_index",schemaPath:"#/properties/generation_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err231);
errors++;
}
}
}
if(data.patches !== undefined){
let data159 = data.patches;
if(Array.isArray(data159)){
const len16 = data159.length;
for(let i16=0; i16<len16; i16++){
let data160 = data159[i16];
if(data160 && typeof data160 == "object" && !Array.isArray(data160)){
if(data160.patch_id === undefined){
const err232 = {instancePath:instancePath+"/patches/" + i16,schemaPath:"#/properties/patches/items/required",keyword:"required",params:{missingProperty: "patch_id"},message:"must have required property '"+"patch_id"+"'"};
vErrors = pushError(vErrors, err232);
errors++;
}
if(data160.file_path === undefined){
const err233 = {instancePath:instancePath+"/patches/" + i16,schemaPath:"#/properties/patches/items/required",keyword:"required",params:{missingProperty: "file_path"},message:"must have required property '"+"file_path"+"'"};
vErrors = pushError(vErrors, err233);
errors++;
}
if(data160.patch_id !== undefined){
if(typeof data160.patch_id !== "string"){
const err234 = {instancePath:instancePath+"/patches/" + i16+"/patch_id",schemaPath:"#/properties/patches/items/properties/patch_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err234);
errors++;
}
}
if(data160.file_path !== undefined){
if(typeof data160.file_path !== "string"){
const err235 = {instancePath:instancePath+"/patches/" + i16+"/file_path",schemaPath:"#/properties/patches/items/properties/file_path/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err235);
errors++;
}
}
if(data160.step_index !== undefined){
let data163 = data160.step_index;
if((!(((typeof data163 == "number") && (!(data163 % 1) && !isNaN(data163))) && (isFinite(data163)))) && (data163 !== null)){
const err236 = {instancePath:instancePath+"/patches/" + i16+"/step_index",schemaPath:"#/properties/patches/items/properties/step_index/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err236);
errors++;
}
if((typeof data163 == "number") && (isFinite(data163))){
if(data163 < 0 || isNaN(data163)){
const err237 = {instancePath:instancePath+"/patches/" + i16+"/step_index",schemaPath:"#/properties/patches/items/properties/step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err237);
errors++;
}
}
}
if(data160.tool_call_id !== undefined){
let data164 = data160.tool_call_id;
if((typeof data164 !== "string") && (data164 !== null)){
const err238 = {instancePath:instancePath+"/patches/" + i16+"/tool_call_id",schemaPath:"#/properties/patches/items/properties/tool_call_id/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.tool_call_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err238);
errors++;
}
}
if(data160.capture_method !== undefined){
let data165 = data160.capture_method;
if(Array.isArray(data165)){
const len17 = data165.length;
for(let i17=0; i17<len17; i17++){
if(typeof data165[i17] !== "string"){
const err239 = {instancePath:instancePath+"/patches/" + i16+"/capture_method/" + i17,schemaPath:"#/properties/patches/items/properties/capture_method/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err239);
errors++;
}
}
}
else {
const err240 = {instancePath:instancePath+"/patches/" + i16+"/capture_method",schemaPath:"#/properties/patches/items/properties/capture_method/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err240);
errors++;
}
}
if(data160.before_snapshot_id !== undefined){
let data167 = data160.before_snapshot_id;
if((typeof data167 !== "string") && (data167 !== null)){
const err241 = {instancePath:instancePath+"/patches/" + i16+"/before_snapshot_id",schemaPath:"#/properties/patches/items/properties/before_snapshot_id/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.before_snapshot_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err241);
errors++;
}
}
if(data160.after_snapshot_id !== undefined){
let data168 = data160.after_snapshot_id;
if((typeof data168 !== "string") && (data168 !== null)){
const err242 = {instancePath:instancePath+"/patches/" + i16+"/after_snapshot_id",schemaPath:"#/properties/patches/items/properties/after_snapshot_id/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.after_snapshot_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err242);
errors++;
}
}
if(data160.anchor !== undefined){
let data169 = data160.anchor;
if((!(data169 && typeof data169 == "object" && !Array.isArray(data169))) && (data169 !== null)){
const err243 = {instancePath:instancePath+"/patches/" + i16+"/anchor",schemaPath:"#/properties/patches/items/properties/anchor/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.anchor.type},message:"must be object,null"};
vErrors = pushError(vErrors, err243);
errors++;
}
if(data169 && typeof data169 == "object" && !Array.isArray(data169)){
if(data169.last_searched_at !== undefined){
let data170 = data169.last_searched_at;
if((typeof data170 !== "string") && (data170 !== null)){
const err244 = {instancePath:instancePath+"/patches/" + i16+"/anchor/last_searched_at",schemaPath:"#/properties/patches/items/properties/anchor/properties/last_searched_at/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.anchor.properties.last_searched_at.type},message:"must be string,null"};
vErrors = pushError(vErrors, err244);
errors++;
}
}
if(data169.found !== undefined){
let data171 = data169.found;
if((typeof data171 !== "boolean") && (data171 !== null)){
const err245 = {instancePath:instancePath+"/patches/" + i16+"/anchor/found",schemaPath:"#/properties/patches/items/properties/anchor/properties/found/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.anchor.properties.found.type},message:"must be boolean,null"};
vErrors = pushError(vErrors, err245);
errors++;
}
}
if(data169.commit_sha !== undefined){
let data172 = data169.commit_sha;
if((typeof data172 !== "string") && (data172 !== null)){
const err246 = {instancePath:instancePath+"/patches/" + i16+"/anchor/commit_sha",schemaPath:"#/properties/patches/items/properties/anchor/properties/commit_sha/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.anchor.properties.commit_sha.type},message:"must be string,null"};
vErrors = pushError(vErrors, err246);
errors++;
}
}
if(data169.path !== undefined){
let data173 = data169.path;
if((typeof data173 !== "string") && (data173 !== null)){
const err247 = {instancePath:instancePath+"/patches/" + i16+"/anchor/path",schemaPath:"#/properties/patches/items/properties/anchor/properties/path/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.anchor.properties.path.type},message:"must be string,null"};
vErrors = pushError(vErrors, err247);
errors++;
}
}
if(data169.blob_sha !== undefined){
let data174 = data169.blob_sha;
if((typeof data174 !== "string") && (data174 !== null)){
const err248 = {instancePath:instancePath+"/patches/" + i16+"/anchor/blob_sha",schemaPath:"#/properties/patches/items/properties/anchor/properties/blob_sha/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.anchor.properties.blob_sha.type},message:"must be string,null"};
vErrors = pushError(vErrors, err248);
errors++;
}
}
if(data169.git_patch_id !== undefined){
let data175 = data169.git_patch_id;
if((typeof data175 !== "string") && (data175 !== null)){
const err249 = {instancePath:instancePath+"/patches/" + i16+"/anchor/git_patch_id",schemaPath:"#/properties/patches/items/properties/anchor/properties/git_patch_id/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.anchor.properties.git_patch_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err249);
errors++;
}
}
if(data169.evidence_tier !== undefined){
let data176 = data169.evidence_tier;
if((typeof data176 !== "string") && (data176 !== null)){
const err250 = {instancePath:instancePath+"/patches/" + i16+"/anchor/evidence_tier",schemaPath:"#/properties/patches/items/properties/anchor/properties/evidence_tier/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.anchor.properties.evidence_tier.type},message:"must be string,null"};
vErrors = pushError(vErrors, err250);
errors++;
}
}
if(data169.evidence_firmness !== undefined){
let data177 = data169.evidence_firmness;
if((typeof data177 !== "string") && (data177 !== null)){
const err251 = {instancePath:instancePath+"/patches/" + i16+"/anchor/evidence_firmness",schemaPath:"#/properties/patches/items/properties/anchor/properties/evidence_firmness/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.anchor.properties.evidence_firmness.type},message:"must be string,null"};
vErrors = pushError(vErrors, err251);
errors++;
}
}
}
}
if(data160.superseded_by !== undefined){
let data178 = data160.superseded_by;
if((typeof data178 !== "string") && (data178 !== null)){
const err252 = {instancePath:instancePath+"/patches/" + i16+"/superseded_by",schemaPath:"#/properties/patches/items/properties/superseded_by/type",keyword:"type",params:{type: schema31.properties.patches.items.properties.superseded_by.type},message:"must be string,null"};
vErrors = pushError(vErrors, err252);
errors++;
}
}
if(data160.limitations !== undefined){
let data179 = data160.limitations;
if(Array.isArray(data179)){
const len18 = data179.length;
for(let i18=0; i18<len18; i18++){
if(typeof data179[i18] !== "string"){
const err253 = {instancePath:instancePath+"/patches/" + i16+"/limitations/" + i18,schemaPath:"#/properties/patches/items/properties/limitations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err253);
errors++;
}
}
}
else {
const err254 = {instancePath:instancePath+"/patches/" + i16+"/limitations",schemaPath:"#/properties/patches/items/properties/limitations/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err254);
errors++;
}
}
}
else {
const err255 = {instancePath:instancePath+"/patches/" + i16,schemaPath:"#/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err255);
errors++;
}
}
}
else {
const err256 = {instancePath:instancePath+"/patches",schemaPath:"#/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err256);
errors++;
}
}
if(data.git_links !== undefined){
let data181 = data.git_links;
if(Array.isArray(data181)){
const len19 = data181.length;
for(let i19=0; i19<len19; i19++){
let data182 = data181[i19];
if(data182 && typeof data182 == "object" && !Array.isArray(data182)){
if(data182.vcs_type !== undefined){
let data183 = data182.vcs_type;
if((typeof data183 !== "string") && (data183 !== null)){
const err257 = {instancePath:instancePath+"/git_links/" + i19+"/vcs_type",schemaPath:"#/properties/git_links/items/properties/vcs_type/type",keyword:"type",params:{type: schema31.properties.git_links.items.properties.vcs_type.type},message:"must be string,null"};
vErrors = pushError(vErrors, err257);
errors++;
}
}
if(data182.revision !== undefined){
let data184 = data182.revision;
if((typeof data184 !== "string") && (data184 !== null)){
const err258 = {instancePath:instancePath+"/git_links/" + i19+"/revision",schemaPath:"#/properties/git_links/items/properties/revision/type",keyword:"type",params:{type: schema31.properties.git_links.items.properties.revision.type},message:"must be string,null"};
vErrors = pushError(vErrors, err258);
errors++;
}
}
if(data182.repo_url !== undefined){
let data185 = data182.repo_url;
if((typeof data185 !== "string") && (data185 !== null)){
const err259 = {instancePath:instancePath+"/git_links/" + i19+"/repo_url",schemaPath:"#/properties/git_links/items/properties/repo_url/type",keyword:"type",params:{type: schema31.properties.git_links.items.properties.repo_url.type},message:"must be string,null"};
vErrors = pushError(vErrors, err259);
errors++;
}
}
if(data182.branch !== undefined){
let data186 = data182.branch;
if((typeof data186 !== "string") && (data186 !== null)){
const err260 = {instancePath:instancePath+"/git_links/" + i19+"/branch",schemaPath:"#/properties/git_links/items/properties/branch/type",keyword:"type",params:{type: schema31.properties.git_links.items.properties.branch.type},message:"must be string,null"};
vErrors = pushError(vErrors, err260);
errors++;
}
}
if(data182.tier !== undefined){
let data187 = data182.tier;
if((typeof data187 !== "string") && (data187 !== null)){
const err261 = {instancePath:instancePath+"/git_links/" + i19+"/tier",schemaPath:"#/properties/git_links/items/properties/tier/type",keyword:"type",params:{type: schema31.properties.git_links.items.properties.tier.type},message:"must be string,null"};
vErrors = pushError(vErrors, err261);
errors++;
}
}
if(data182.commit_reachable !== undefined){
let data188 = data182.commit_reachable;
if((typeof data188 !== "boolean") && (data188 !== null)){
const err262 = {instancePath:instancePath+"/git_links/" + i19+"/commit_reachable",schemaPath:"#/properties/git_links/items/properties/commit_reachable/type",keyword:"type",params:{type: schema31.properties.git_links.items.properties.commit_reachable.type},message:"must be boolean,null"};
vErrors = pushError(vErrors, err262);
errors++;
}
}
if(data182.content_alive !== undefined){
let data189 = data182.content_alive;
if((typeof data189 !== "boolean") && (data189 !== null)){
const err263 = {instancePath:instancePath+"/git_links/" + i19+"/content_alive",schemaPath:"#/properties/git_links/items/properties/content_alive/type",keyword:"type",params:{type: schema31.properties.git_links.items.properties.content_alive.type},message:"must be boolean,null"};
vErrors = pushError(vErrors, err263);
errors++;
}
}
}
else {
const err264 = {instancePath:instancePath+"/git_links/" + i19,schemaPath:"#/properties/git_links/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err264);
errors++;
}
}
}
else {
const err265 = {instancePath:instancePath+"/git_links",schemaPath:"#/properties/git_links/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err265);
errors++;
}
}
if(data.context_tree_summary !== undefined){
const _errs433 = errors;
let valid76 = false;
var _valid7 = true;
valid76 = valid76 || _valid7;
const _errs434 = errors;
if(data.context_tree_summary !== null){
const err266 = {instancePath:instancePath+"/context_tree_summary",schemaPath:"#/properties/context_tree_summary/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
vErrors = pushError(vErrors, err266);
errors++;
}
var _valid7 = _errs434 === errors;
valid76 = valid76 || _valid7;
if(!valid76){
const err267 = {instancePath:instancePath+"/context_tree_summary",schemaPath:"#/properties/context_tree_summary/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err267);
errors++;
}
else {
errors = _errs433;
if(vErrors !== null){
if(_errs433){
vErrors.length = _errs433;
}
else {
vErrors = null;
}
}
}
}
if(data.metadata !== undefined){
let data191 = data.metadata;
if(data191 && typeof data191 == "object" && !Array.isArray(data191)){
var props6 = {};
for(const key4 in data191){
if(pattern4.test(key4)){
props6[key4] = true;
}
}
}
else {
const err268 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err268);
errors++;
}
}
}
else {
const err269 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err269);
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const DatasetManifest = validate21;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/dataset-manifest.json","additionalProperties":false,"type":"object","required":["name","schema","workflow"],"properties":{"name":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":128,"type":"string"},"description":{"type":["string","null"]},"schema":{"additionalProperties":false,"type":"object","required":["path","version"],"properties":{"path":{"minLength":1,"type":"string"},"version":{"minLength":1,"type":"string"},"digest":{"minLength":1,"type":["string","null"]}}},"workflow":{"additionalProperties":false,"type":"object","required":["skill","digest"],"properties":{"skill":{"minLength":1,"type":"string"},"digest":{"minLength":1,"type":"string"},"instructions":{"type":["string","null"]},"config":{"type":"object","patternProperties":{"^(.*)$":{}}}}},"executor":{"additionalProperties":false,"type":"object","properties":{"default":{"enum":["script","current-agent","claude-code-headless"]},"development":{"enum":["script","current-agent","claude-code-headless"]},"timeout_minutes":{"minimum":1,"type":"integer"},"budget_usd":{"minimum":0,"type":["number","null"]}}},"identity":{"additionalProperties":false,"type":"object","required":["mode"],"properties":{"mode":{"enum":["payload_hash","fields"]},"fields":{"type":"array","items":{"minLength":1,"type":"string"}}}},"candidate_query":{"additionalProperties":false,"type":["object","null"],"required":["name"],"properties":{"name":{"minLength":1,"type":"string"},"scope":{"enum":["all-projects","project","cwd","trace"]},"args":{"type":"object","patternProperties":{"^(.*)$":{}}},"incremental":{"type":"object","patternProperties":{"^(.*)$":{}}}}},"schedule":{"additionalProperties":false,"type":["object","null"],"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"every":{"type":["string","null"]},"executor":{"enum":["script","current-agent","claude-code-headless"]}}},"discoverability":{"additionalProperties":false,"type":"object","properties":{"license":{"type":["string","null"]},"pretty_name":{"type":["string","null"]},"tags":{"type":"array","items":{"type":"string"}},"task_categories":{"type":"array","items":{"type":"string"}},"language":{"type":"array","items":{"type":"string"}}}},"remotes":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":false,"type":"object","required":["url","visibility"],"properties":{"url":{"minLength":1,"type":"string"},"visibility":{"enum":["private","public","gated"]}}}}},"active_remote":{"minLength":1,"type":["string","null"]},"remote_schema":{"const":"refuse_if_newer","type":"string"},"publication_policy":{"additionalProperties":false,"type":"object","required":["review"],"properties":{"review":{"enum":["required","auto"]},"security":{"const":"required","type":"string"},"llm_review":{"enum":["optional","required","off"]}}},"security":{"title":"SecurityPolicy","additionalProperties":false,"type":"object","properties":{"source":{"enum":["default","workflow","manual"]},"source_workflow_digest":{"minLength":1,"type":["string","null"]},"required_tools":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}},"optional_tools":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}},"default_enabled_tools":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}},"disallowed_tools":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}},"allow_disable_required":{"type":"boolean"},"enabled_tools":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}},"overrides":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["tool"],"properties":{"tool":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]},"reason":{"type":["string","null"]}}}}}},"created_at":{"type":["string","null"]},"updated_at":{"type":["string","null"]}},"title":"DatasetManifest"};
const func2 = Object.prototype.hasOwnProperty;
const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/dataset-manifest.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.schema === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.workflow === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
for(const key0 in data){
if(!(func2.call(schema32.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err3);
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 128){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(!pattern9.test(data0)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};
vErrors = pushError(vErrors, err5);
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if((typeof data1 !== "string") && (data1 !== null)){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema32.properties.description.type},message:"must be string,null"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data.schema !== undefined){
let data2 = data.schema;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.path === undefined){
const err8 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
vErrors = pushError(vErrors, err8);
errors++;
}
if(data2.version === undefined){
const err9 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
vErrors = pushError(vErrors, err9);
errors++;
}
for(const key1 in data2){
if(!(((key1 === "path") || (key1 === "version")) || (key1 === "digest"))){
const err10 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data2.path !== undefined){
let data3 = data2.path;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/schema/path",schemaPath:"#/properties/schema/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/schema/path",schemaPath:"#/properties/schema/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
if(data2.version !== undefined){
let data4 = data2.version;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err13 = {instancePath:instancePath+"/schema/version",schemaPath:"#/properties/schema/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/schema/version",schemaPath:"#/properties/schema/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data2.digest !== undefined){
let data5 = data2.digest;
if((typeof data5 !== "string") && (data5 !== null)){
const err15 = {instancePath:instancePath+"/schema/digest",schemaPath:"#/properties/schema/properties/digest/type",keyword:"type",params:{type: schema32.properties.schema.properties.digest.type},message:"must be string,null"};
vErrors = pushError(vErrors, err15);
errors++;
}
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err16 = {instancePath:instancePath+"/schema/digest",schemaPath:"#/properties/schema/properties/digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
if(data.workflow !== undefined){
let data6 = data.workflow;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.skill === undefined){
const err18 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/required",keyword:"required",params:{missingProperty: "skill"},message:"must have required property '"+"skill"+"'"};
vErrors = pushError(vErrors, err18);
errors++;
}
if(data6.digest === undefined){
const err19 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};
vErrors = pushError(vErrors, err19);
errors++;
}
for(const key2 in data6){
if(!((((key2 === "skill") || (key2 === "digest")) || (key2 === "instructions")) || (key2 === "config"))){
const err20 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
if(data6.skill !== undefined){
let data7 = data6.skill;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err21 = {instancePath:instancePath+"/workflow/skill",schemaPath:"#/properties/workflow/properties/skill/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/workflow/skill",schemaPath:"#/properties/workflow/properties/skill/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
if(data6.digest !== undefined){
let data8 = data6.digest;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err23 = {instancePath:instancePath+"/workflow/digest",schemaPath:"#/properties/workflow/properties/digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/workflow/digest",schemaPath:"#/properties/workflow/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
if(data6.instructions !== undefined){
let data9 = data6.instructions;
if((typeof data9 !== "string") && (data9 !== null)){
const err25 = {instancePath:instancePath+"/workflow/instructions",schemaPath:"#/properties/workflow/properties/instructions/type",keyword:"type",params:{type: schema32.properties.workflow.properties.instructions.type},message:"must be string,null"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
if(data6.config !== undefined){
let data10 = data6.config;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
var props0 = {};
for(const key3 in data10){
if(pattern4.test(key3)){
props0[key3] = true;
}
}
}
else {
const err26 = {instancePath:instancePath+"/workflow/config",schemaPath:"#/properties/workflow/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err26);
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
if(data.executor !== undefined){
let data11 = data.executor;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
if(!((((key4 === "default") || (key4 === "development")) || (key4 === "timeout_minutes")) || (key4 === "budget_usd"))){
const err28 = {instancePath:instancePath+"/executor",schemaPath:"#/properties/executor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err28);
errors++;
}
}
if(data11.default !== undefined){
let data12 = data11.default;
if(!(((data12 === "script") || (data12 === "current-agent")) || (data12 === "claude-code-headless"))){
const err29 = {instancePath:instancePath+"/executor/default",schemaPath:"#/properties/executor/properties/default/enum",keyword:"enum",params:{allowedValues: schema32.properties.executor.properties.default.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
if(data11.development !== undefined){
let data13 = data11.development;
if(!(((data13 === "script") || (data13 === "current-agent")) || (data13 === "claude-code-headless"))){
const err30 = {instancePath:instancePath+"/executor/development",schemaPath:"#/properties/executor/properties/development/enum",keyword:"enum",params:{allowedValues: schema32.properties.executor.properties.development.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err30);
errors++;
}
}
if(data11.timeout_minutes !== undefined){
let data14 = data11.timeout_minutes;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err31 = {instancePath:instancePath+"/executor/timeout_minutes",schemaPath:"#/properties/executor/properties/timeout_minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err31);
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err32 = {instancePath:instancePath+"/executor/timeout_minutes",schemaPath:"#/properties/executor/properties/timeout_minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
vErrors = pushError(vErrors, err32);
errors++;
}
}
}
if(data11.budget_usd !== undefined){
let data15 = data11.budget_usd;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err33 = {instancePath:instancePath+"/executor/budget_usd",schemaPath:"#/properties/executor/properties/budget_usd/type",keyword:"type",params:{type: schema32.properties.executor.properties.budget_usd.type},message:"must be number,null"};
vErrors = pushError(vErrors, err33);
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err34 = {instancePath:instancePath+"/executor/budget_usd",schemaPath:"#/properties/executor/properties/budget_usd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err34);
errors++;
}
}
}
}
else {
const err35 = {instancePath:instancePath+"/executor",schemaPath:"#/properties/executor/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err35);
errors++;
}
}
if(data.identity !== undefined){
let data16 = data.identity;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.mode === undefined){
const err36 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
vErrors = pushError(vErrors, err36);
errors++;
}
for(const key5 in data16){
if(!((key5 === "mode") || (key5 === "fields"))){
const err37 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err37);
errors++;
}
}
if(data16.mode !== undefined){
let data17 = data16.mode;
if(!((data17 === "payload_hash") || (data17 === "fields"))){
const err38 = {instancePath:instancePath+"/identity/mode",schemaPath:"#/properties/identity/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.identity.properties.mode.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err38);
errors++;
}
}
if(data16.fields !== undefined){
let data18 = data16.fields;
if(Array.isArray(data18)){
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
let data19 = data18[i0];
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err39 = {instancePath:instancePath+"/identity/fields/" + i0,schemaPath:"#/properties/identity/properties/fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err39);
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/identity/fields/" + i0,schemaPath:"#/properties/identity/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err40);
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/identity/fields",schemaPath:"#/properties/identity/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err41);
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err42);
errors++;
}
}
if(data.candidate_query !== undefined){
let data20 = data.candidate_query;
if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)){
const err43 = {instancePath:instancePath+"/candidate_query",schemaPath:"#/properties/candidate_query/type",keyword:"type",params:{type: schema32.properties.candidate_query.type},message:"must be object,null"};
vErrors = pushError(vErrors, err43);
errors++;
}
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.name === undefined){
const err44 = {instancePath:instancePath+"/candidate_query",schemaPath:"#/properties/candidate_query/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
vErrors = pushError(vErrors, err44);
errors++;
}
for(const key6 in data20){
if(!((((key6 === "name") || (key6 === "scope")) || (key6 === "args")) || (key6 === "incremental"))){
const err45 = {instancePath:instancePath+"/candidate_query",schemaPath:"#/properties/candidate_query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err45);
errors++;
}
}
if(data20.name !== undefined){
let data21 = data20.name;
if(typeof data21 === "string"){
if(func1(data21) < 1){
const err46 = {instancePath:instancePath+"/candidate_query/name",schemaPath:"#/properties/candidate_query/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err46);
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/candidate_query/name",schemaPath:"#/properties/candidate_query/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
if(data20.scope !== undefined){
let data22 = data20.scope;
if(!((((data22 === "all-projects") || (data22 === "project")) || (data22 === "cwd")) || (data22 === "trace"))){
const err48 = {instancePath:instancePath+"/candidate_query/scope",schemaPath:"#/properties/candidate_query/properties/scope/enum",keyword:"enum",params:{allowedValues: schema32.properties.candidate_query.properties.scope.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err48);
errors++;
}
}
if(data20.args !== undefined){
let data23 = data20.args;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
var props1 = {};
for(const key7 in data23){
if(pattern4.test(key7)){
props1[key7] = true;
}
}
}
else {
const err49 = {instancePath:instancePath+"/candidate_query/args",schemaPath:"#/properties/candidate_query/properties/args/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err49);
errors++;
}
}
if(data20.incremental !== undefined){
let data24 = data20.incremental;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
var props2 = {};
for(const key8 in data24){
if(pattern4.test(key8)){
props2[key8] = true;
}
}
}
else {
const err50 = {instancePath:instancePath+"/candidate_query/incremental",schemaPath:"#/properties/candidate_query/properties/incremental/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err50);
errors++;
}
}
}
}
if(data.schedule !== undefined){
let data25 = data.schedule;
if((!(data25 && typeof data25 == "object" && !Array.isArray(data25))) && (data25 !== null)){
const err51 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: schema32.properties.schedule.type},message:"must be object,null"};
vErrors = pushError(vErrors, err51);
errors++;
}
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.enabled === undefined){
const err52 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};
vErrors = pushError(vErrors, err52);
errors++;
}
for(const key9 in data25){
if(!(((key9 === "enabled") || (key9 === "every")) || (key9 === "executor"))){
const err53 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err53);
errors++;
}
}
if(data25.enabled !== undefined){
if(typeof data25.enabled !== "boolean"){
const err54 = {instancePath:instancePath+"/schedule/enabled",schemaPath:"#/properties/schedule/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err54);
errors++;
}
}
if(data25.every !== undefined){
let data27 = data25.every;
if((typeof data27 !== "string") && (data27 !== null)){
const err55 = {instancePath:instancePath+"/schedule/every",schemaPath:"#/properties/schedule/properties/every/type",keyword:"type",params:{type: schema32.properties.schedule.properties.every.type},message:"must be string,null"};
vErrors = pushError(vErrors, err55);
errors++;
}
}
if(data25.executor !== undefined){
let data28 = data25.executor;
if(!(((data28 === "script") || (data28 === "current-agent")) || (data28 === "claude-code-headless"))){
const err56 = {instancePath:instancePath+"/schedule/executor",schemaPath:"#/properties/schedule/properties/executor/enum",keyword:"enum",params:{allowedValues: schema32.properties.schedule.properties.executor.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err56);
errors++;
}
}
}
}
if(data.discoverability !== undefined){
let data29 = data.discoverability;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key10 in data29){
if(!(((((key10 === "license") || (key10 === "pretty_name")) || (key10 === "tags")) || (key10 === "task_categories")) || (key10 === "language"))){
const err57 = {instancePath:instancePath+"/discoverability",schemaPath:"#/properties/discoverability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err57);
errors++;
}
}
if(data29.license !== undefined){
let data30 = data29.license;
if((typeof data30 !== "string") && (data30 !== null)){
const err58 = {instancePath:instancePath+"/discoverability/license",schemaPath:"#/properties/discoverability/properties/license/type",keyword:"type",params:{type: schema32.properties.discoverability.properties.license.type},message:"must be string,null"};
vErrors = pushError(vErrors, err58);
errors++;
}
}
if(data29.pretty_name !== undefined){
let data31 = data29.pretty_name;
if((typeof data31 !== "string") && (data31 !== null)){
const err59 = {instancePath:instancePath+"/discoverability/pretty_name",schemaPath:"#/properties/discoverability/properties/pretty_name/type",keyword:"type",params:{type: schema32.properties.discoverability.properties.pretty_name.type},message:"must be string,null"};
vErrors = pushError(vErrors, err59);
errors++;
}
}
if(data29.tags !== undefined){
let data32 = data29.tags;
if(Array.isArray(data32)){
const len1 = data32.length;
for(let i1=0; i1<len1; i1++){
if(typeof data32[i1] !== "string"){
const err60 = {instancePath:instancePath+"/discoverability/tags/" + i1,schemaPath:"#/properties/discoverability/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err60);
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/discoverability/tags",schemaPath:"#/properties/discoverability/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err61);
errors++;
}
}
if(data29.task_categories !== undefined){
let data34 = data29.task_categories;
if(Array.isArray(data34)){
const len2 = data34.length;
for(let i2=0; i2<len2; i2++){
if(typeof data34[i2] !== "string"){
const err62 = {instancePath:instancePath+"/discoverability/task_categories/" + i2,schemaPath:"#/properties/discoverability/properties/task_categories/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err62);
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/discoverability/task_categories",schemaPath:"#/properties/discoverability/properties/task_categories/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err63);
errors++;
}
}
if(data29.language !== undefined){
let data36 = data29.language;
if(Array.isArray(data36)){
const len3 = data36.length;
for(let i3=0; i3<len3; i3++){
if(typeof data36[i3] !== "string"){
const err64 = {instancePath:instancePath+"/discoverability/language/" + i3,schemaPath:"#/properties/discoverability/properties/language/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err64);
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/discoverability/language",schemaPath:"#/properties/discoverability/properties/language/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err65);
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/discoverability",schemaPath:"#/properties/discoverability/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err66);
errors++;
}
}
if(data.remotes !== undefined){
let data38 = data.remotes;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
var props3 = {};
for(const key11 in data38){
if(pattern4.test(key11)){
let data39 = data38[key11];
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.url === undefined){
const err67 = {instancePath:instancePath+"/remotes/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/remotes/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
vErrors = pushError(vErrors, err67);
errors++;
}
if(data39.visibility === undefined){
const err68 = {instancePath:instancePath+"/remotes/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/remotes/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "visibility"},message:"must have required property '"+"visibility"+"'"};
vErrors = pushError(vErrors, err68);
errors++;
}
for(const key12 in data39){
if(!((key12 === "url") || (key12 === "visibility"))){
const err69 = {instancePath:instancePath+"/remotes/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/remotes/patternProperties/%5E(.*)%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err69);
errors++;
}
}
if(data39.url !== undefined){
let data40 = data39.url;
if(typeof data40 === "string"){
if(func1(data40) < 1){
const err70 = {instancePath:instancePath+"/remotes/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/properties/remotes/patternProperties/%5E(.*)%24/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err70);
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/remotes/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/properties/remotes/patternProperties/%5E(.*)%24/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err71);
errors++;
}
}
if(data39.visibility !== undefined){
let data41 = data39.visibility;
if(!(((data41 === "private") || (data41 === "public")) || (data41 === "gated"))){
const err72 = {instancePath:instancePath+"/remotes/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/visibility",schemaPath:"#/properties/remotes/patternProperties/%5E(.*)%24/properties/visibility/enum",keyword:"enum",params:{allowedValues: schema32.properties.remotes.patternProperties["^(.*)$"].properties.visibility.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err72);
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/remotes/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/remotes/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err73);
errors++;
}
props3[key11] = true;
}
}
}
else {
const err74 = {instancePath:instancePath+"/remotes",schemaPath:"#/properties/remotes/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err74);
errors++;
}
}
if(data.active_remote !== undefined){
let data42 = data.active_remote;
if((typeof data42 !== "string") && (data42 !== null)){
const err75 = {instancePath:instancePath+"/active_remote",schemaPath:"#/properties/active_remote/type",keyword:"type",params:{type: schema32.properties.active_remote.type},message:"must be string,null"};
vErrors = pushError(vErrors, err75);
errors++;
}
if(typeof data42 === "string"){
if(func1(data42) < 1){
const err76 = {instancePath:instancePath+"/active_remote",schemaPath:"#/properties/active_remote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err76);
errors++;
}
}
}
if(data.remote_schema !== undefined){
let data43 = data.remote_schema;
if(typeof data43 !== "string"){
const err77 = {instancePath:instancePath+"/remote_schema",schemaPath:"#/properties/remote_schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err77);
errors++;
}
if("refuse_if_newer" !== data43){
const err78 = {instancePath:instancePath+"/remote_schema",schemaPath:"#/properties/remote_schema/const",keyword:"const",params:{allowedValue: "refuse_if_newer"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err78);
errors++;
}
}
if(data.publication_policy !== undefined){
let data44 = data.publication_policy;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.review === undefined){
const err79 = {instancePath:instancePath+"/publication_policy",schemaPath:"#/properties/publication_policy/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'"};
vErrors = pushError(vErrors, err79);
errors++;
}
for(const key13 in data44){
if(!(((key13 === "review") || (key13 === "security")) || (key13 === "llm_review"))){
const err80 = {instancePath:instancePath+"/publication_policy",schemaPath:"#/properties/publication_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err80);
errors++;
}
}
if(data44.review !== undefined){
let data45 = data44.review;
if(!((data45 === "required") || (data45 === "auto"))){
const err81 = {instancePath:instancePath+"/publication_policy/review",schemaPath:"#/properties/publication_policy/properties/review/enum",keyword:"enum",params:{allowedValues: schema32.properties.publication_policy.properties.review.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err81);
errors++;
}
}
if(data44.security !== undefined){
let data46 = data44.security;
if(typeof data46 !== "string"){
const err82 = {instancePath:instancePath+"/publication_policy/security",schemaPath:"#/properties/publication_policy/properties/security/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err82);
errors++;
}
if("required" !== data46){
const err83 = {instancePath:instancePath+"/publication_policy/security",schemaPath:"#/properties/publication_policy/properties/security/const",keyword:"const",params:{allowedValue: "required"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err83);
errors++;
}
}
if(data44.llm_review !== undefined){
let data47 = data44.llm_review;
if(!(((data47 === "optional") || (data47 === "required")) || (data47 === "off"))){
const err84 = {instancePath:instancePath+"/publication_policy/llm_review",schemaPath:"#/properties/publication_policy/properties/llm_review/enum",keyword:"enum",params:{allowedValues: schema32.properties.publication_policy.properties.llm_review.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err84);
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/publication_policy",schemaPath:"#/properties/publication_policy/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err85);
errors++;
}
}
if(data.security !== undefined){
let data48 = data.security;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key14 in data48){
if(!(func2.call(schema32.properties.security.properties, key14))){
const err86 = {instancePath:instancePath+"/security",schemaPath:"#/properties/security/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err86);
errors++;
}
}
if(data48.source !== undefined){
let data49 = data48.source;
if(!(((data49 === "default") || (data49 === "workflow")) || (data49 === "manual"))){
const err87 = {instancePath:instancePath+"/security/source",schemaPath:"#/properties/security/properties/source/enum",keyword:"enum",params:{allowedValues: schema32.properties.security.properties.source.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err87);
errors++;
}
}
if(data48.source_workflow_digest !== undefined){
let data50 = data48.source_workflow_digest;
if((typeof data50 !== "string") && (data50 !== null)){
const err88 = {instancePath:instancePath+"/security/source_workflow_digest",schemaPath:"#/properties/security/properties/source_workflow_digest/type",keyword:"type",params:{type: schema32.properties.security.properties.source_workflow_digest.type},message:"must be string,null"};
vErrors = pushError(vErrors, err88);
errors++;
}
if(typeof data50 === "string"){
if(func1(data50) < 1){
const err89 = {instancePath:instancePath+"/security/source_workflow_digest",schemaPath:"#/properties/security/properties/source_workflow_digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err89);
errors++;
}
}
}
if(data48.required_tools !== undefined){
let data51 = data48.required_tools;
if(Array.isArray(data51)){
const len4 = data51.length;
for(let i4=0; i4<len4; i4++){
let data52 = data51[i4];
if(!(((((((((data52 === "regex") || (data52 === "entropy")) || (data52 === "trufflehog")) || (data52 === "privacy_filter")) || (data52 === "llm_pii")) || (data52 === "business_logic")) || (data52 === "path_anonymizer")) || (data52 === "capsule_scope")) || (data52 === "classifier"))){
const err90 = {instancePath:instancePath+"/security/required_tools/" + i4,schemaPath:"#/properties/security/properties/required_tools/items/enum",keyword:"enum",params:{allowedValues: schema32.properties.security.properties.required_tools.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err90);
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/security/required_tools",schemaPath:"#/properties/security/properties/required_tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err91);
errors++;
}
}
if(data48.optional_tools !== undefined){
let data53 = data48.optional_tools;
if(Array.isArray(data53)){
const len5 = data53.length;
for(let i5=0; i5<len5; i5++){
let data54 = data53[i5];
if(!(((((((((data54 === "regex") || (data54 === "entropy")) || (data54 === "trufflehog")) || (data54 === "privacy_filter")) || (data54 === "llm_pii")) || (data54 === "business_logic")) || (data54 === "path_anonymizer")) || (data54 === "capsule_scope")) || (data54 === "classifier"))){
const err92 = {instancePath:instancePath+"/security/optional_tools/" + i5,schemaPath:"#/properties/security/properties/optional_tools/items/enum",keyword:"enum",params:{allowedValues: schema32.properties.security.properties.optional_tools.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err92);
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/security/optional_tools",schemaPath:"#/properties/security/properties/optional_tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err93);
errors++;
}
}
if(data48.default_enabled_tools !== undefined){
let data55 = data48.default_enabled_tools;
if(Array.isArray(data55)){
const len6 = data55.length;
for(let i6=0; i6<len6; i6++){
let data56 = data55[i6];
if(!(((((((((data56 === "regex") || (data56 === "entropy")) || (data56 === "trufflehog")) || (data56 === "privacy_filter")) || (data56 === "llm_pii")) || (data56 === "business_logic")) || (data56 === "path_anonymizer")) || (data56 === "capsule_scope")) || (data56 === "classifier"))){
const err94 = {instancePath:instancePath+"/security/default_enabled_tools/" + i6,schemaPath:"#/properties/security/properties/default_enabled_tools/items/enum",keyword:"enum",params:{allowedValues: schema32.properties.security.properties.default_enabled_tools.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err94);
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/security/default_enabled_tools",schemaPath:"#/properties/security/properties/default_enabled_tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err95);
errors++;
}
}
if(data48.disallowed_tools !== undefined){
let data57 = data48.disallowed_tools;
if(Array.isArray(data57)){
const len7 = data57.length;
for(let i7=0; i7<len7; i7++){
let data58 = data57[i7];
if(!(((((((((data58 === "regex") || (data58 === "entropy")) || (data58 === "trufflehog")) || (data58 === "privacy_filter")) || (data58 === "llm_pii")) || (data58 === "business_logic")) || (data58 === "path_anonymizer")) || (data58 === "capsule_scope")) || (data58 === "classifier"))){
const err96 = {instancePath:instancePath+"/security/disallowed_tools/" + i7,schemaPath:"#/properties/security/properties/disallowed_tools/items/enum",keyword:"enum",params:{allowedValues: schema32.properties.security.properties.disallowed_tools.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err96);
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/security/disallowed_tools",schemaPath:"#/properties/security/properties/disallowed_tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err97);
errors++;
}
}
if(data48.allow_disable_required !== undefined){
if(typeof data48.allow_disable_required !== "boolean"){
const err98 = {instancePath:instancePath+"/security/allow_disable_required",schemaPath:"#/properties/security/properties/allow_disable_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err98);
errors++;
}
}
if(data48.enabled_tools !== undefined){
let data60 = data48.enabled_tools;
if(Array.isArray(data60)){
const len8 = data60.length;
for(let i8=0; i8<len8; i8++){
let data61 = data60[i8];
if(!(((((((((data61 === "regex") || (data61 === "entropy")) || (data61 === "trufflehog")) || (data61 === "privacy_filter")) || (data61 === "llm_pii")) || (data61 === "business_logic")) || (data61 === "path_anonymizer")) || (data61 === "capsule_scope")) || (data61 === "classifier"))){
const err99 = {instancePath:instancePath+"/security/enabled_tools/" + i8,schemaPath:"#/properties/security/properties/enabled_tools/items/enum",keyword:"enum",params:{allowedValues: schema32.properties.security.properties.enabled_tools.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err99);
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/security/enabled_tools",schemaPath:"#/properties/security/properties/enabled_tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err100);
errors++;
}
}
if(data48.overrides !== undefined){
let data62 = data48.overrides;
if(Array.isArray(data62)){
const len9 = data62.length;
for(let i9=0; i9<len9; i9++){
let data63 = data62[i9];
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(data63.tool === undefined){
const err101 = {instancePath:instancePath+"/security/overrides/" + i9,schemaPath:"#/properties/security/properties/overrides/items/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'"};
vErrors = pushError(vErrors, err101);
errors++;
}
for(const key15 in data63){
if(!((key15 === "tool") || (key15 === "reason"))){
const err102 = {instancePath:instancePath+"/security/overrides/" + i9,schemaPath:"#/properties/security/properties/overrides/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err102);
errors++;
}
}
if(data63.tool !== undefined){
let data64 = data63.tool;
if(!(((((((((data64 === "regex") || (data64 === "entropy")) || (data64 === "trufflehog")) || (data64 === "privacy_filter")) || (data64 === "llm_pii")) || (data64 === "business_logic")) || (data64 === "path_anonymizer")) || (data64 === "capsule_scope")) || (data64 === "classifier"))){
const err103 = {instancePath:instancePath+"/security/overrides/" + i9+"/tool",schemaPath:"#/properties/security/properties/overrides/items/properties/tool/enum",keyword:"enum",params:{allowedValues: schema32.properties.security.properties.overrides.items.properties.tool.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err103);
errors++;
}
}
if(data63.reason !== undefined){
let data65 = data63.reason;
if((typeof data65 !== "string") && (data65 !== null)){
const err104 = {instancePath:instancePath+"/security/overrides/" + i9+"/reason",schemaPath:"#/properties/security/properties/overrides/items/properties/reason/type",keyword:"type",params:{type: schema32.properties.security.properties.overrides.items.properties.reason.type},message:"must be string,null"};
vErrors = pushError(vErrors, err104);
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/security/overrides/" + i9,schemaPath:"#/properties/security/properties/overrides/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err105);
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/security/overrides",schemaPath:"#/properties/security/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err106);
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/security",schemaPath:"#/properties/security/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err107);
errors++;
}
}
if(data.created_at !== undefined){
let data66 = data.created_at;
if((typeof data66 !== "string") && (data66 !== null)){
const err108 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: schema32.properties.created_at.type},message:"must be string,null"};
vErrors = pushError(vErrors, err108);
errors++;
}
}
if(data.updated_at !== undefined){
let data67 = data.updated_at;
if((typeof data67 !== "string") && (data67 !== null)){
const err109 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema32.properties.updated_at.type},message:"must be string,null"};
vErrors = pushError(vErrors, err109);
errors++;
}
}
}
else {
const err110 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err110);
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const SecurityPolicy = validate22;
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/security-policy.json","additionalProperties":false,"type":"object","properties":{"source":{"enum":["default","workflow","manual"]},"source_workflow_digest":{"minLength":1,"type":["string","null"]},"required_tools":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}},"optional_tools":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}},"default_enabled_tools":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}},"disallowed_tools":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}},"allow_disable_required":{"type":"boolean"},"enabled_tools":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}},"overrides":{"type":"array","items":{"additionalProperties":false,"type":"object","required":["tool"],"properties":{"tool":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]},"reason":{"type":["string","null"]}}}}},"title":"SecurityPolicy"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/security-policy.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema33.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err0);
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(!(((data0 === "default") || (data0 === "workflow")) || (data0 === "manual"))){
const err1 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema33.properties.source.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err1);
errors++;
}
}
if(data.source_workflow_digest !== undefined){
let data1 = data.source_workflow_digest;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/source_workflow_digest",schemaPath:"#/properties/source_workflow_digest/type",keyword:"type",params:{type: schema33.properties.source_workflow_digest.type},message:"must be string,null"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err3 = {instancePath:instancePath+"/source_workflow_digest",schemaPath:"#/properties/source_workflow_digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err3);
errors++;
}
}
}
if(data.required_tools !== undefined){
let data2 = data.required_tools;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((((((((data3 === "regex") || (data3 === "entropy")) || (data3 === "trufflehog")) || (data3 === "privacy_filter")) || (data3 === "llm_pii")) || (data3 === "business_logic")) || (data3 === "path_anonymizer")) || (data3 === "capsule_scope")) || (data3 === "classifier"))){
const err4 = {instancePath:instancePath+"/required_tools/" + i0,schemaPath:"#/properties/required_tools/items/enum",keyword:"enum",params:{allowedValues: schema33.properties.required_tools.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err4);
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/required_tools",schemaPath:"#/properties/required_tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err5);
errors++;
}
}
if(data.optional_tools !== undefined){
let data4 = data.optional_tools;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(!(((((((((data5 === "regex") || (data5 === "entropy")) || (data5 === "trufflehog")) || (data5 === "privacy_filter")) || (data5 === "llm_pii")) || (data5 === "business_logic")) || (data5 === "path_anonymizer")) || (data5 === "capsule_scope")) || (data5 === "classifier"))){
const err6 = {instancePath:instancePath+"/optional_tools/" + i1,schemaPath:"#/properties/optional_tools/items/enum",keyword:"enum",params:{allowedValues: schema33.properties.optional_tools.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/optional_tools",schemaPath:"#/properties/optional_tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data.default_enabled_tools !== undefined){
let data6 = data.default_enabled_tools;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(!(((((((((data7 === "regex") || (data7 === "entropy")) || (data7 === "trufflehog")) || (data7 === "privacy_filter")) || (data7 === "llm_pii")) || (data7 === "business_logic")) || (data7 === "path_anonymizer")) || (data7 === "capsule_scope")) || (data7 === "classifier"))){
const err8 = {instancePath:instancePath+"/default_enabled_tools/" + i2,schemaPath:"#/properties/default_enabled_tools/items/enum",keyword:"enum",params:{allowedValues: schema33.properties.default_enabled_tools.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/default_enabled_tools",schemaPath:"#/properties/default_enabled_tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
if(data.disallowed_tools !== undefined){
let data8 = data.disallowed_tools;
if(Array.isArray(data8)){
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
let data9 = data8[i3];
if(!(((((((((data9 === "regex") || (data9 === "entropy")) || (data9 === "trufflehog")) || (data9 === "privacy_filter")) || (data9 === "llm_pii")) || (data9 === "business_logic")) || (data9 === "path_anonymizer")) || (data9 === "capsule_scope")) || (data9 === "classifier"))){
const err10 = {instancePath:instancePath+"/disallowed_tools/" + i3,schemaPath:"#/properties/disallowed_tools/items/enum",keyword:"enum",params:{allowedValues: schema33.properties.disallowed_tools.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/disallowed_tools",schemaPath:"#/properties/disallowed_tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
if(data.allow_disable_required !== undefined){
if(typeof data.allow_disable_required !== "boolean"){
const err12 = {instancePath:instancePath+"/allow_disable_required",schemaPath:"#/properties/allow_disable_required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
if(data.enabled_tools !== undefined){
let data11 = data.enabled_tools;
if(Array.isArray(data11)){
const len4 = data11.length;
for(let i4=0; i4<len4; i4++){
let data12 = data11[i4];
if(!(((((((((data12 === "regex") || (data12 === "entropy")) || (data12 === "trufflehog")) || (data12 === "privacy_filter")) || (data12 === "llm_pii")) || (data12 === "business_logic")) || (data12 === "path_anonymizer")) || (data12 === "capsule_scope")) || (data12 === "classifier"))){
const err13 = {instancePath:instancePath+"/enabled_tools/" + i4,schemaPath:"#/properties/enabled_tools/items/enum",keyword:"enum",params:{allowedValues: schema33.properties.enabled_tools.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/enabled_tools",schemaPath:"#/properties/enabled_tools/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data.overrides !== undefined){
let data13 = data.overrides;
if(Array.isArray(data13)){
const len5 = data13.length;
for(let i5=0; i5<len5; i5++){
let data14 = data13[i5];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.tool === undefined){
const err15 = {instancePath:instancePath+"/overrides/" + i5,schemaPath:"#/properties/overrides/items/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'"};
vErrors = pushError(vErrors, err15);
errors++;
}
for(const key1 in data14){
if(!((key1 === "tool") || (key1 === "reason"))){
const err16 = {instancePath:instancePath+"/overrides/" + i5,schemaPath:"#/properties/overrides/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data14.tool !== undefined){
let data15 = data14.tool;
if(!(((((((((data15 === "regex") || (data15 === "entropy")) || (data15 === "trufflehog")) || (data15 === "privacy_filter")) || (data15 === "llm_pii")) || (data15 === "business_logic")) || (data15 === "path_anonymizer")) || (data15 === "capsule_scope")) || (data15 === "classifier"))){
const err17 = {instancePath:instancePath+"/overrides/" + i5+"/tool",schemaPath:"#/properties/overrides/items/properties/tool/enum",keyword:"enum",params:{allowedValues: schema33.properties.overrides.items.properties.tool.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
if(data14.reason !== undefined){
let data16 = data14.reason;
if((typeof data16 !== "string") && (data16 !== null)){
const err18 = {instancePath:instancePath+"/overrides/" + i5+"/reason",schemaPath:"#/properties/overrides/items/properties/reason/type",keyword:"type",params:{type: schema33.properties.overrides.items.properties.reason.type},message:"must be string,null"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/overrides/" + i5,schemaPath:"#/properties/overrides/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err21);
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const RowProvenance = validate23;
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/row-provenance.json","additionalProperties":false,"type":"object","required":["scope","workflow_digest","bucket_state_digest","tools_applied"],"properties":{"scope":{"title":"RunScope","additionalProperties":false,"type":"object","required":["kind"],"properties":{"kind":{"enum":["all-projects","project","cwd","trace"]},"trace_id":{"minLength":1,"type":["string","null"]},"project":{"type":["string","null"]},"cwd":{"type":["string","null"]},"limit":{"minimum":1,"type":["integer","null"]}}},"workflow_digest":{"minLength":1,"type":"string"},"bucket_state_digest":{"minLength":1,"type":"string"},"tools_applied":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}}},"title":"RowProvenance"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/row-provenance.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scope === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.workflow_digest === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow_digest"},message:"must have required property '"+"workflow_digest"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.bucket_state_digest === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bucket_state_digest"},message:"must have required property '"+"bucket_state_digest"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.tools_applied === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tools_applied"},message:"must have required property '"+"tools_applied"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
for(const key0 in data){
if(!((((key0 === "scope") || (key0 === "workflow_digest")) || (key0 === "bucket_state_digest")) || (key0 === "tools_applied"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err4);
errors++;
}
}
if(data.scope !== undefined){
let data0 = data.scope;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.kind === undefined){
const err5 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
for(const key1 in data0){
if(!(((((key1 === "kind") || (key1 === "trace_id")) || (key1 === "project")) || (key1 === "cwd")) || (key1 === "limit"))){
const err6 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
if(data0.kind !== undefined){
let data1 = data0.kind;
if(!((((data1 === "all-projects") || (data1 === "project")) || (data1 === "cwd")) || (data1 === "trace"))){
const err7 = {instancePath:instancePath+"/scope/kind",schemaPath:"#/properties/scope/properties/kind/enum",keyword:"enum",params:{allowedValues: schema34.properties.scope.properties.kind.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data0.trace_id !== undefined){
let data2 = data0.trace_id;
if((typeof data2 !== "string") && (data2 !== null)){
const err8 = {instancePath:instancePath+"/scope/trace_id",schemaPath:"#/properties/scope/properties/trace_id/type",keyword:"type",params:{type: schema34.properties.scope.properties.trace_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err8);
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/scope/trace_id",schemaPath:"#/properties/scope/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
}
if(data0.project !== undefined){
let data3 = data0.project;
if((typeof data3 !== "string") && (data3 !== null)){
const err10 = {instancePath:instancePath+"/scope/project",schemaPath:"#/properties/scope/properties/project/type",keyword:"type",params:{type: schema34.properties.scope.properties.project.type},message:"must be string,null"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data0.cwd !== undefined){
let data4 = data0.cwd;
if((typeof data4 !== "string") && (data4 !== null)){
const err11 = {instancePath:instancePath+"/scope/cwd",schemaPath:"#/properties/scope/properties/cwd/type",keyword:"type",params:{type: schema34.properties.scope.properties.cwd.type},message:"must be string,null"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
if(data0.limit !== undefined){
let data5 = data0.limit;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
const err12 = {instancePath:instancePath+"/scope/limit",schemaPath:"#/properties/scope/properties/limit/type",keyword:"type",params:{type: schema34.properties.scope.properties.limit.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err12);
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/scope/limit",schemaPath:"#/properties/scope/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data.workflow_digest !== undefined){
let data6 = data.workflow_digest;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/workflow_digest",schemaPath:"#/properties/workflow_digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/workflow_digest",schemaPath:"#/properties/workflow_digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data.bucket_state_digest !== undefined){
let data7 = data.bucket_state_digest;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err17 = {instancePath:instancePath+"/bucket_state_digest",schemaPath:"#/properties/bucket_state_digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/bucket_state_digest",schemaPath:"#/properties/bucket_state_digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
if(data.tools_applied !== undefined){
let data8 = data.tools_applied;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(!(((((((((data9 === "regex") || (data9 === "entropy")) || (data9 === "trufflehog")) || (data9 === "privacy_filter")) || (data9 === "llm_pii")) || (data9 === "business_logic")) || (data9 === "path_anonymizer")) || (data9 === "capsule_scope")) || (data9 === "classifier"))){
const err19 = {instancePath:instancePath+"/tools_applied/" + i0,schemaPath:"#/properties/tools_applied/items/enum",keyword:"enum",params:{allowedValues: schema34.properties.tools_applied.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/tools_applied",schemaPath:"#/properties/tools_applied/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err21);
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const RowIndexEntry = validate24;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/row-index-entry.json","additionalProperties":false,"type":"object","required":["row_id","identity_hash","payload_hash","schema_digest","data_file","line","run_id","appended_at","provenance"],"properties":{"row_id":{"minLength":1,"type":"string"},"identity_hash":{"minLength":1,"type":"string"},"payload_hash":{"minLength":1,"type":"string"},"schema_digest":{"minLength":1,"type":"string"},"data_file":{"minLength":1,"type":"string"},"line":{"minimum":1,"type":"integer"},"run_id":{"minLength":1,"type":"string"},"appended_at":{"minLength":1,"type":"string"},"source_trace_id":{"minLength":1,"type":["string","null"]},"source_unit_id":{"minLength":1,"type":["string","null"]},"source_slice_id":{"minLength":1,"type":["string","null"]},"provenance":{"title":"RowProvenance","additionalProperties":false,"type":"object","required":["scope","workflow_digest","bucket_state_digest","tools_applied"],"properties":{"scope":{"title":"RunScope","additionalProperties":false,"type":"object","required":["kind"],"properties":{"kind":{"enum":["all-projects","project","cwd","trace"]},"trace_id":{"minLength":1,"type":["string","null"]},"project":{"type":["string","null"]},"cwd":{"type":["string","null"]},"limit":{"minimum":1,"type":["integer","null"]}}},"workflow_digest":{"minLength":1,"type":"string"},"bucket_state_digest":{"minLength":1,"type":"string"},"tools_applied":{"type":"array","items":{"enum":["regex","entropy","trufflehog","privacy_filter","llm_pii","business_logic","path_anonymizer","capsule_scope","classifier"]}}}}},"title":"RowIndexEntry"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/row-index-entry.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.row_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_id"},message:"must have required property '"+"row_id"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.identity_hash === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identity_hash"},message:"must have required property '"+"identity_hash"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.payload_hash === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payload_hash"},message:"must have required property '"+"payload_hash"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.schema_digest === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_digest"},message:"must have required property '"+"schema_digest"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.data_file === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data_file"},message:"must have required property '"+"data_file"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.line === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(data.run_id === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};
vErrors = pushError(vErrors, err6);
errors++;
}
if(data.appended_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "appended_at"},message:"must have required property '"+"appended_at"+"'"};
vErrors = pushError(vErrors, err7);
errors++;
}
if(data.provenance === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'"};
vErrors = pushError(vErrors, err8);
errors++;
}
for(const key0 in data){
if(!(func2.call(schema35.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
if(data.row_id !== undefined){
let data0 = data.row_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err10 = {instancePath:instancePath+"/row_id",schemaPath:"#/properties/row_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/row_id",schemaPath:"#/properties/row_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
if(data.identity_hash !== undefined){
let data1 = data.identity_hash;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err12 = {instancePath:instancePath+"/identity_hash",schemaPath:"#/properties/identity_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/identity_hash",schemaPath:"#/properties/identity_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data.payload_hash !== undefined){
let data2 = data.payload_hash;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err14 = {instancePath:instancePath+"/payload_hash",schemaPath:"#/properties/payload_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/payload_hash",schemaPath:"#/properties/payload_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data.schema_digest !== undefined){
let data3 = data.schema_digest;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err16 = {instancePath:instancePath+"/schema_digest",schemaPath:"#/properties/schema_digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/schema_digest",schemaPath:"#/properties/schema_digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
if(data.data_file !== undefined){
let data4 = data.data_file;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err18 = {instancePath:instancePath+"/data_file",schemaPath:"#/properties/data_file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/data_file",schemaPath:"#/properties/data_file/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
if(data.line !== undefined){
let data5 = data.line;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err20 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err20);
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
}
if(data.run_id !== undefined){
let data6 = data.run_id;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err22 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
if(data.appended_at !== undefined){
let data7 = data.appended_at;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err24 = {instancePath:instancePath+"/appended_at",schemaPath:"#/properties/appended_at/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/appended_at",schemaPath:"#/properties/appended_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
if(data.source_trace_id !== undefined){
let data8 = data.source_trace_id;
if((typeof data8 !== "string") && (data8 !== null)){
const err26 = {instancePath:instancePath+"/source_trace_id",schemaPath:"#/properties/source_trace_id/type",keyword:"type",params:{type: schema35.properties.source_trace_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err26);
errors++;
}
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err27 = {instancePath:instancePath+"/source_trace_id",schemaPath:"#/properties/source_trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
}
if(data.source_unit_id !== undefined){
let data9 = data.source_unit_id;
if((typeof data9 !== "string") && (data9 !== null)){
const err28 = {instancePath:instancePath+"/source_unit_id",schemaPath:"#/properties/source_unit_id/type",keyword:"type",params:{type: schema35.properties.source_unit_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err28);
errors++;
}
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err29 = {instancePath:instancePath+"/source_unit_id",schemaPath:"#/properties/source_unit_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
}
if(data.source_slice_id !== undefined){
let data10 = data.source_slice_id;
if((typeof data10 !== "string") && (data10 !== null)){
const err30 = {instancePath:instancePath+"/source_slice_id",schemaPath:"#/properties/source_slice_id/type",keyword:"type",params:{type: schema35.properties.source_slice_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err30);
errors++;
}
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err31 = {instancePath:instancePath+"/source_slice_id",schemaPath:"#/properties/source_slice_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
}
if(data.provenance !== undefined){
let data11 = data.provenance;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.scope === undefined){
const err32 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'"};
vErrors = pushError(vErrors, err32);
errors++;
}
if(data11.workflow_digest === undefined){
const err33 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/required",keyword:"required",params:{missingProperty: "workflow_digest"},message:"must have required property '"+"workflow_digest"+"'"};
vErrors = pushError(vErrors, err33);
errors++;
}
if(data11.bucket_state_digest === undefined){
const err34 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/required",keyword:"required",params:{missingProperty: "bucket_state_digest"},message:"must have required property '"+"bucket_state_digest"+"'"};
vErrors = pushError(vErrors, err34);
errors++;
}
if(data11.tools_applied === undefined){
const err35 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/required",keyword:"required",params:{missingProperty: "tools_applied"},message:"must have required property '"+"tools_applied"+"'"};
vErrors = pushError(vErrors, err35);
errors++;
}
for(const key1 in data11){
if(!((((key1 === "scope") || (key1 === "workflow_digest")) || (key1 === "bucket_state_digest")) || (key1 === "tools_applied"))){
const err36 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err36);
errors++;
}
}
if(data11.scope !== undefined){
let data12 = data11.scope;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.kind === undefined){
const err37 = {instancePath:instancePath+"/provenance/scope",schemaPath:"#/properties/provenance/properties/scope/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
vErrors = pushError(vErrors, err37);
errors++;
}
for(const key2 in data12){
if(!(((((key2 === "kind") || (key2 === "trace_id")) || (key2 === "project")) || (key2 === "cwd")) || (key2 === "limit"))){
const err38 = {instancePath:instancePath+"/provenance/scope",schemaPath:"#/properties/provenance/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err38);
errors++;
}
}
if(data12.kind !== undefined){
let data13 = data12.kind;
if(!((((data13 === "all-projects") || (data13 === "project")) || (data13 === "cwd")) || (data13 === "trace"))){
const err39 = {instancePath:instancePath+"/provenance/scope/kind",schemaPath:"#/properties/provenance/properties/scope/properties/kind/enum",keyword:"enum",params:{allowedValues: schema35.properties.provenance.properties.scope.properties.kind.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err39);
errors++;
}
}
if(data12.trace_id !== undefined){
let data14 = data12.trace_id;
if((typeof data14 !== "string") && (data14 !== null)){
const err40 = {instancePath:instancePath+"/provenance/scope/trace_id",schemaPath:"#/properties/provenance/properties/scope/properties/trace_id/type",keyword:"type",params:{type: schema35.properties.provenance.properties.scope.properties.trace_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err40);
errors++;
}
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err41 = {instancePath:instancePath+"/provenance/scope/trace_id",schemaPath:"#/properties/provenance/properties/scope/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err41);
errors++;
}
}
}
if(data12.project !== undefined){
let data15 = data12.project;
if((typeof data15 !== "string") && (data15 !== null)){
const err42 = {instancePath:instancePath+"/provenance/scope/project",schemaPath:"#/properties/provenance/properties/scope/properties/project/type",keyword:"type",params:{type: schema35.properties.provenance.properties.scope.properties.project.type},message:"must be string,null"};
vErrors = pushError(vErrors, err42);
errors++;
}
}
if(data12.cwd !== undefined){
let data16 = data12.cwd;
if((typeof data16 !== "string") && (data16 !== null)){
const err43 = {instancePath:instancePath+"/provenance/scope/cwd",schemaPath:"#/properties/provenance/properties/scope/properties/cwd/type",keyword:"type",params:{type: schema35.properties.provenance.properties.scope.properties.cwd.type},message:"must be string,null"};
vErrors = pushError(vErrors, err43);
errors++;
}
}
if(data12.limit !== undefined){
let data17 = data12.limit;
if((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (data17 !== null)){
const err44 = {instancePath:instancePath+"/provenance/scope/limit",schemaPath:"#/properties/provenance/properties/scope/properties/limit/type",keyword:"type",params:{type: schema35.properties.provenance.properties.scope.properties.limit.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err44);
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 1 || isNaN(data17)){
const err45 = {instancePath:instancePath+"/provenance/scope/limit",schemaPath:"#/properties/provenance/properties/scope/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
vErrors = pushError(vErrors, err45);
errors++;
}
}
}
}
else {
const err46 = {instancePath:instancePath+"/provenance/scope",schemaPath:"#/properties/provenance/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err46);
errors++;
}
}
if(data11.workflow_digest !== undefined){
let data18 = data11.workflow_digest;
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err47 = {instancePath:instancePath+"/provenance/workflow_digest",schemaPath:"#/properties/provenance/properties/workflow_digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/provenance/workflow_digest",schemaPath:"#/properties/provenance/properties/workflow_digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err48);
errors++;
}
}
if(data11.bucket_state_digest !== undefined){
let data19 = data11.bucket_state_digest;
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err49 = {instancePath:instancePath+"/provenance/bucket_state_digest",schemaPath:"#/properties/provenance/properties/bucket_state_digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err49);
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/provenance/bucket_state_digest",schemaPath:"#/properties/provenance/properties/bucket_state_digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err50);
errors++;
}
}
if(data11.tools_applied !== undefined){
let data20 = data11.tools_applied;
if(Array.isArray(data20)){
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
if(!(((((((((data21 === "regex") || (data21 === "entropy")) || (data21 === "trufflehog")) || (data21 === "privacy_filter")) || (data21 === "llm_pii")) || (data21 === "business_logic")) || (data21 === "path_anonymizer")) || (data21 === "capsule_scope")) || (data21 === "classifier"))){
const err51 = {instancePath:instancePath+"/provenance/tools_applied/" + i0,schemaPath:"#/properties/provenance/properties/tools_applied/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.provenance.properties.tools_applied.items.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err51);
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/provenance/tools_applied",schemaPath:"#/properties/provenance/properties/tools_applied/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err52);
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/provenance",schemaPath:"#/properties/provenance/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err53);
errors++;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err54);
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const RunRecord = validate25;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/run-record.json","additionalProperties":false,"type":"object","required":["run_id","dataset_name","dry_run","executor","scope","workflow_digest","schema_digest","started_at","candidate_count","emitted_count","appended_count","duplicate_count","validation_error_count","status"],"properties":{"run_id":{"minLength":1,"type":"string"},"dataset_name":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":128,"type":"string"},"dry_run":{"type":"boolean"},"executor":{"minLength":1,"type":"string"},"scope":{"title":"RunScope","additionalProperties":false,"type":"object","required":["kind"],"properties":{"kind":{"enum":["all-projects","project","cwd","trace"]},"trace_id":{"minLength":1,"type":["string","null"]},"project":{"type":["string","null"]},"cwd":{"type":["string","null"]},"limit":{"minimum":1,"type":["integer","null"]}}},"workflow_digest":{"minLength":1,"type":"string"},"schema_digest":{"minLength":1,"type":"string"},"bucket_state_digest":{"minLength":1,"type":["string","null"]},"started_at":{"minLength":1,"type":"string"},"finished_at":{"type":["string","null"]},"candidate_count":{"minimum":0,"type":"integer"},"emitted_count":{"minimum":0,"type":"integer"},"appended_count":{"minimum":0,"type":"integer"},"duplicate_count":{"minimum":0,"type":"integer"},"validation_error_count":{"minimum":0,"type":"integer"},"status":{"enum":["running","succeeded","failed","cancelled"]},"artefacts":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"error":{"additionalProperties":false,"type":["object","null"],"required":["code","message"],"properties":{"code":{"minLength":1,"type":"string"},"message":{"type":"string"}}}},"title":"RunRecord"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/run-record.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.run_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.dataset_name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_name"},message:"must have required property '"+"dataset_name"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.dry_run === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dry_run"},message:"must have required property '"+"dry_run"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.executor === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executor"},message:"must have required property '"+"executor"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.scope === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.workflow_digest === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflow_digest"},message:"must have required property '"+"workflow_digest"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(data.schema_digest === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_digest"},message:"must have required property '"+"schema_digest"+"'"};
vErrors = pushError(vErrors, err6);
errors++;
}
if(data.started_at === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "started_at"},message:"must have required property '"+"started_at"+"'"};
vErrors = pushError(vErrors, err7);
errors++;
}
if(data.candidate_count === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "candidate_count"},message:"must have required property '"+"candidate_count"+"'"};
vErrors = pushError(vErrors, err8);
errors++;
}
if(data.emitted_count === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "emitted_count"},message:"must have required property '"+"emitted_count"+"'"};
vErrors = pushError(vErrors, err9);
errors++;
}
if(data.appended_count === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "appended_count"},message:"must have required property '"+"appended_count"+"'"};
vErrors = pushError(vErrors, err10);
errors++;
}
if(data.duplicate_count === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "duplicate_count"},message:"must have required property '"+"duplicate_count"+"'"};
vErrors = pushError(vErrors, err11);
errors++;
}
if(data.validation_error_count === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "validation_error_count"},message:"must have required property '"+"validation_error_count"+"'"};
vErrors = pushError(vErrors, err12);
errors++;
}
if(data.status === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
vErrors = pushError(vErrors, err13);
errors++;
}
for(const key0 in data){
if(!(func2.call(schema36.properties, key0))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data.run_id !== undefined){
let data0 = data.run_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err15 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data.dataset_name !== undefined){
let data1 = data.dataset_name;
if(typeof data1 === "string"){
if(func1(data1) > 128){
const err17 = {instancePath:instancePath+"/dataset_name",schemaPath:"#/properties/dataset_name/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
vErrors = pushError(vErrors, err17);
errors++;
}
if(!pattern9.test(data1)){
const err18 = {instancePath:instancePath+"/dataset_name",schemaPath:"#/properties/dataset_name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};
vErrors = pushError(vErrors, err18);
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/dataset_name",schemaPath:"#/properties/dataset_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
if(data.dry_run !== undefined){
if(typeof data.dry_run !== "boolean"){
const err20 = {instancePath:instancePath+"/dry_run",schemaPath:"#/properties/dry_run/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
if(data.executor !== undefined){
let data3 = data.executor;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err21 = {instancePath:instancePath+"/executor",schemaPath:"#/properties/executor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/executor",schemaPath:"#/properties/executor/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
if(data.scope !== undefined){
let data4 = data.scope;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.kind === undefined){
const err23 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
vErrors = pushError(vErrors, err23);
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "kind") || (key1 === "trace_id")) || (key1 === "project")) || (key1 === "cwd")) || (key1 === "limit"))){
const err24 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
if(data4.kind !== undefined){
let data5 = data4.kind;
if(!((((data5 === "all-projects") || (data5 === "project")) || (data5 === "cwd")) || (data5 === "trace"))){
const err25 = {instancePath:instancePath+"/scope/kind",schemaPath:"#/properties/scope/properties/kind/enum",keyword:"enum",params:{allowedValues: schema36.properties.scope.properties.kind.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
if(data4.trace_id !== undefined){
let data6 = data4.trace_id;
if((typeof data6 !== "string") && (data6 !== null)){
const err26 = {instancePath:instancePath+"/scope/trace_id",schemaPath:"#/properties/scope/properties/trace_id/type",keyword:"type",params:{type: schema36.properties.scope.properties.trace_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err26);
errors++;
}
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err27 = {instancePath:instancePath+"/scope/trace_id",schemaPath:"#/properties/scope/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
}
if(data4.project !== undefined){
let data7 = data4.project;
if((typeof data7 !== "string") && (data7 !== null)){
const err28 = {instancePath:instancePath+"/scope/project",schemaPath:"#/properties/scope/properties/project/type",keyword:"type",params:{type: schema36.properties.scope.properties.project.type},message:"must be string,null"};
vErrors = pushError(vErrors, err28);
errors++;
}
}
if(data4.cwd !== undefined){
let data8 = data4.cwd;
if((typeof data8 !== "string") && (data8 !== null)){
const err29 = {instancePath:instancePath+"/scope/cwd",schemaPath:"#/properties/scope/properties/cwd/type",keyword:"type",params:{type: schema36.properties.scope.properties.cwd.type},message:"must be string,null"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
if(data4.limit !== undefined){
let data9 = data4.limit;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err30 = {instancePath:instancePath+"/scope/limit",schemaPath:"#/properties/scope/properties/limit/type",keyword:"type",params:{type: schema36.properties.scope.properties.limit.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err30);
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/scope/limit",schemaPath:"#/properties/scope/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err32);
errors++;
}
}
if(data.workflow_digest !== undefined){
let data10 = data.workflow_digest;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err33 = {instancePath:instancePath+"/workflow_digest",schemaPath:"#/properties/workflow_digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err33);
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/workflow_digest",schemaPath:"#/properties/workflow_digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err34);
errors++;
}
}
if(data.schema_digest !== undefined){
let data11 = data.schema_digest;
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err35 = {instancePath:instancePath+"/schema_digest",schemaPath:"#/properties/schema_digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err35);
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/schema_digest",schemaPath:"#/properties/schema_digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err36);
errors++;
}
}
if(data.bucket_state_digest !== undefined){
let data12 = data.bucket_state_digest;
if((typeof data12 !== "string") && (data12 !== null)){
const err37 = {instancePath:instancePath+"/bucket_state_digest",schemaPath:"#/properties/bucket_state_digest/type",keyword:"type",params:{type: schema36.properties.bucket_state_digest.type},message:"must be string,null"};
vErrors = pushError(vErrors, err37);
errors++;
}
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err38 = {instancePath:instancePath+"/bucket_state_digest",schemaPath:"#/properties/bucket_state_digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err38);
errors++;
}
}
}
if(data.started_at !== undefined){
let data13 = data.started_at;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err39 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err39);
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/started_at",schemaPath:"#/properties/started_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err40);
errors++;
}
}
if(data.finished_at !== undefined){
let data14 = data.finished_at;
if((typeof data14 !== "string") && (data14 !== null)){
const err41 = {instancePath:instancePath+"/finished_at",schemaPath:"#/properties/finished_at/type",keyword:"type",params:{type: schema36.properties.finished_at.type},message:"must be string,null"};
vErrors = pushError(vErrors, err41);
errors++;
}
}
if(data.candidate_count !== undefined){
let data15 = data.candidate_count;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err42 = {instancePath:instancePath+"/candidate_count",schemaPath:"#/properties/candidate_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err42);
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err43 = {instancePath:instancePath+"/candidate_count",schemaPath:"#/properties/candidate_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err43);
errors++;
}
}
}
if(data.emitted_count !== undefined){
let data16 = data.emitted_count;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err44 = {instancePath:instancePath+"/emitted_count",schemaPath:"#/properties/emitted_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err44);
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err45 = {instancePath:instancePath+"/emitted_count",schemaPath:"#/properties/emitted_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err45);
errors++;
}
}
}
if(data.appended_count !== undefined){
let data17 = data.appended_count;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err46 = {instancePath:instancePath+"/appended_count",schemaPath:"#/properties/appended_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err46);
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err47 = {instancePath:instancePath+"/appended_count",schemaPath:"#/properties/appended_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
}
if(data.duplicate_count !== undefined){
let data18 = data.duplicate_count;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err48 = {instancePath:instancePath+"/duplicate_count",schemaPath:"#/properties/duplicate_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err48);
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err49 = {instancePath:instancePath+"/duplicate_count",schemaPath:"#/properties/duplicate_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err49);
errors++;
}
}
}
if(data.validation_error_count !== undefined){
let data19 = data.validation_error_count;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err50 = {instancePath:instancePath+"/validation_error_count",schemaPath:"#/properties/validation_error_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err50);
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err51 = {instancePath:instancePath+"/validation_error_count",schemaPath:"#/properties/validation_error_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err51);
errors++;
}
}
}
if(data.status !== undefined){
let data20 = data.status;
if(!((((data20 === "running") || (data20 === "succeeded")) || (data20 === "failed")) || (data20 === "cancelled"))){
const err52 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema36.properties.status.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err52);
errors++;
}
}
if(data.artefacts !== undefined){
let data21 = data.artefacts;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
var props0 = {};
for(const key2 in data21){
if(pattern4.test(key2)){
if(typeof data21[key2] !== "string"){
const err53 = {instancePath:instancePath+"/artefacts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/artefacts/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err53);
errors++;
}
props0[key2] = true;
}
}
}
else {
const err54 = {instancePath:instancePath+"/artefacts",schemaPath:"#/properties/artefacts/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err54);
errors++;
}
}
if(data.error !== undefined){
let data23 = data.error;
if((!(data23 && typeof data23 == "object" && !Array.isArray(data23))) && (data23 !== null)){
const err55 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: schema36.properties.error.type},message:"must be object,null"};
vErrors = pushError(vErrors, err55);
errors++;
}
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.code === undefined){
const err56 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
vErrors = pushError(vErrors, err56);
errors++;
}
if(data23.message === undefined){
const err57 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
vErrors = pushError(vErrors, err57);
errors++;
}
for(const key3 in data23){
if(!((key3 === "code") || (key3 === "message"))){
const err58 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err58);
errors++;
}
}
if(data23.code !== undefined){
let data24 = data23.code;
if(typeof data24 === "string"){
if(func1(data24) < 1){
const err59 = {instancePath:instancePath+"/error/code",schemaPath:"#/properties/error/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err59);
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/error/code",schemaPath:"#/properties/error/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err60);
errors++;
}
}
if(data23.message !== undefined){
if(typeof data23.message !== "string"){
const err61 = {instancePath:instancePath+"/error/message",schemaPath:"#/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err61);
errors++;
}
}
}
}
}
else {
const err62 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err62);
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const PublicationStateEntry = validate26;
const schema37 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/publication-state-entry.json","additionalProperties":false,"type":"object","required":["row_id","status"],"properties":{"row_id":{"minLength":1,"type":"string"},"status":{"enum":["needs_review","publishable","rejected","blocked","published"]},"uploaded_to":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"reviewed_at":{"type":["string","null"]},"reviewed_by":{"type":["string","null"]},"block_reasons":{"type":"array","items":{"minLength":1,"type":"string"}},"security_version":{"type":["string","null"]},"source_security_version":{"type":["string","null"]},"privacy_tier":{"enum":["off","low","medium","high",null]},"security_stale":{"type":"boolean"},"redactions_applied":{"minimum":0,"type":"integer"},"updated_at":{"type":["string","null"]}},"title":"PublicationStateEntry"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/publication-state-entry.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.row_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_id"},message:"must have required property '"+"row_id"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
for(const key0 in data){
if(!(func2.call(schema37.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err2);
errors++;
}
}
if(data.row_id !== undefined){
let data0 = data.row_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/row_id",schemaPath:"#/properties/row_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err3);
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/row_id",schemaPath:"#/properties/row_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err4);
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(!(((((data1 === "needs_review") || (data1 === "publishable")) || (data1 === "rejected")) || (data1 === "blocked")) || (data1 === "published"))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema37.properties.status.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err5);
errors++;
}
}
if(data.uploaded_to !== undefined){
let data2 = data.uploaded_to;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
var props0 = {};
for(const key1 in data2){
if(pattern4.test(key1)){
if(typeof data2[key1] !== "string"){
const err6 = {instancePath:instancePath+"/uploaded_to/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/uploaded_to/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err6);
errors++;
}
props0[key1] = true;
}
}
}
else {
const err7 = {instancePath:instancePath+"/uploaded_to",schemaPath:"#/properties/uploaded_to/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data.reviewed_at !== undefined){
let data4 = data.reviewed_at;
if((typeof data4 !== "string") && (data4 !== null)){
const err8 = {instancePath:instancePath+"/reviewed_at",schemaPath:"#/properties/reviewed_at/type",keyword:"type",params:{type: schema37.properties.reviewed_at.type},message:"must be string,null"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
if(data.reviewed_by !== undefined){
let data5 = data.reviewed_by;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/reviewed_by",schemaPath:"#/properties/reviewed_by/type",keyword:"type",params:{type: schema37.properties.reviewed_by.type},message:"must be string,null"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
if(data.block_reasons !== undefined){
let data6 = data.block_reasons;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err10 = {instancePath:instancePath+"/block_reasons/" + i0,schemaPath:"#/properties/block_reasons/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/block_reasons/" + i0,schemaPath:"#/properties/block_reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/block_reasons",schemaPath:"#/properties/block_reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
if(data.security_version !== undefined){
let data8 = data.security_version;
if((typeof data8 !== "string") && (data8 !== null)){
const err13 = {instancePath:instancePath+"/security_version",schemaPath:"#/properties/security_version/type",keyword:"type",params:{type: schema37.properties.security_version.type},message:"must be string,null"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data.source_security_version !== undefined){
let data9 = data.source_security_version;
if((typeof data9 !== "string") && (data9 !== null)){
const err14 = {instancePath:instancePath+"/source_security_version",schemaPath:"#/properties/source_security_version/type",keyword:"type",params:{type: schema37.properties.source_security_version.type},message:"must be string,null"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data.privacy_tier !== undefined){
let data10 = data.privacy_tier;
if(!(((((data10 === "off") || (data10 === "low")) || (data10 === "medium")) || (data10 === "high")) || (data10 === null))){
const err15 = {instancePath:instancePath+"/privacy_tier",schemaPath:"#/properties/privacy_tier/enum",keyword:"enum",params:{allowedValues: schema37.properties.privacy_tier.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data.security_stale !== undefined){
if(typeof data.security_stale !== "boolean"){
const err16 = {instancePath:instancePath+"/security_stale",schemaPath:"#/properties/security_stale/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data.redactions_applied !== undefined){
let data12 = data.redactions_applied;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err17 = {instancePath:instancePath+"/redactions_applied",schemaPath:"#/properties/redactions_applied/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err17);
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err18 = {instancePath:instancePath+"/redactions_applied",schemaPath:"#/properties/redactions_applied/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
}
if(data.updated_at !== undefined){
let data13 = data.updated_at;
if((typeof data13 !== "string") && (data13 !== null)){
const err19 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema37.properties.updated_at.type},message:"must be string,null"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err20);
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const TraceFacet = validate27;
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/trace-facet.json","additionalProperties":false,"type":"object","required":["name","value","source"],"properties":{"name":{"minLength":1,"type":"string"},"value":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"}]},"source":{"enum":["exact_schema","tool_input","bash_command","test_output","file_path","web_url","dependency","trail_projection","prose_mention","heuristic"]},"confidence":{"enum":["high","medium","low"]},"evidence_ref":{"type":["string","null"]}},"title":"TraceFacet"};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/trace-facet.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "value")) || (key0 === "source")) || (key0 === "confidence")) || (key0 === "evidence_ref"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err3);
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err4);
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err5);
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err6);
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
vErrors = pushError(vErrors, err7);
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
const _errs10 = errors;
if(typeof data1 !== "boolean"){
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err8);
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err9);
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.source !== undefined){
let data2 = data.source;
if(!((((((((((data2 === "exact_schema") || (data2 === "tool_input")) || (data2 === "bash_command")) || (data2 === "test_output")) || (data2 === "file_path")) || (data2 === "web_url")) || (data2 === "dependency")) || (data2 === "trail_projection")) || (data2 === "prose_mention")) || (data2 === "heuristic"))){
const err10 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema38.properties.source.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.confidence !== undefined){
let data3 = data.confidence;
if(!(((data3 === "high") || (data3 === "medium")) || (data3 === "low"))){
const err11 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema38.properties.confidence.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
if(data.evidence_ref !== undefined){
let data4 = data.evidence_ref;
if((typeof data4 !== "string") && (data4 !== null)){
const err12 = {instancePath:instancePath+"/evidence_ref",schemaPath:"#/properties/evidence_ref/type",keyword:"type",params:{type: schema38.properties.evidence_ref.type},message:"must be string,null"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err13);
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const TraceSignal = validate28;
const schema39 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/trace-signal.json","additionalProperties":false,"type":"object","required":["name","value"],"properties":{"name":{"minLength":1,"type":"string"},"value":{"anyOf":[{"type":"boolean"},{"type":"string"},{"type":"number"},{"type":"array","items":{"type":"string"}}]},"confidence":{"enum":["high","medium","low"]},"evidence_refs":{"type":"array","items":{"type":"string"}},"metadata":{"type":"object","patternProperties":{"^(.*)$":{}}}},"title":"TraceSignal"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/trace-signal.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "value")) || (key0 === "confidence")) || (key0 === "evidence_refs")) || (key0 === "metadata"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err2);
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err3);
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err4);
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err5);
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err6);
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
const _errs10 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/2/type",keyword:"type",params:{type: "number"},message:"must be number"};
vErrors = pushError(vErrors, err7);
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err8 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/properties/value/anyOf/3/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err9);
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err10 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err10);
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.confidence !== undefined){
let data3 = data.confidence;
if(!(((data3 === "high") || (data3 === "medium")) || (data3 === "low"))){
const err11 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema39.properties.confidence.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
if(data.evidence_refs !== undefined){
let data4 = data.evidence_refs;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err12 = {instancePath:instancePath+"/evidence_refs/" + i1,schemaPath:"#/properties/evidence_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/evidence_refs",schemaPath:"#/properties/evidence_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data.metadata !== undefined){
let data6 = data.metadata;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
var props0 = {};
for(const key1 in data6){
if(pattern4.test(key1)){
props0[key1] = true;
}
}
}
else {
const err14 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err15);
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const MapNode = validate29;
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/map-node.json","additionalProperties":false,"type":"object","required":["node_id","trace_id","unit_id","action_type"],"properties":{"node_id":{"minLength":1,"type":"string"},"trace_id":{"minLength":1,"type":"string"},"unit_id":{"minLength":1,"type":"string"},"action_type":{"enum":["user_instruction","agent_message","agent_plan","tool_call","tool_result","skill_invocation","file_read","file_edit","test_run","error_signal","patch_created","git_anchor","subagent_call","snapshot","security_finding","final_response","change_burst"]},"step_index":{"minimum":0,"type":["integer","null"]},"parent_node_id":{"minLength":1,"type":["string","null"]},"previous_node_id":{"minLength":1,"type":["string","null"]},"next_node_id":{"minLength":1,"type":["string","null"]},"start_step_index":{"minimum":0,"type":["integer","null"]},"end_step_index":{"minimum":0,"type":["integer","null"]},"tool_name":{"type":["string","null"]},"files_read":{"type":"array","items":{"type":"string"}},"files_modified":{"type":"array","items":{"type":"string"}},"anchor_refs":{"type":"array","items":{"type":"string"}},"signal_refs":{"type":"array","items":{"type":"string"}},"text_preview":{"type":["string","null"]},"metadata":{"type":"object","patternProperties":{"^(.*)$":{}}},"confidence":{"enum":["deterministic","heuristic"]}},"title":"MapNode"};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/map-node.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.node_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node_id"},message:"must have required property '"+"node_id"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.trace_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.unit_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit_id"},message:"must have required property '"+"unit_id"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.action_type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action_type"},message:"must have required property '"+"action_type"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
for(const key0 in data){
if(!(func2.call(schema40.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err4);
errors++;
}
}
if(data.node_id !== undefined){
let data0 = data.node_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err5 = {instancePath:instancePath+"/node_id",schemaPath:"#/properties/node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err5);
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/node_id",schemaPath:"#/properties/node_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
if(data.trace_id !== undefined){
let data1 = data.trace_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
if(data.unit_id !== undefined){
let data2 = data.unit_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/unit_id",schemaPath:"#/properties/unit_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/unit_id",schemaPath:"#/properties/unit_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.action_type !== undefined){
let data3 = data.action_type;
if(!(((((((((((((((((data3 === "user_instruction") || (data3 === "agent_message")) || (data3 === "agent_plan")) || (data3 === "tool_call")) || (data3 === "tool_result")) || (data3 === "skill_invocation")) || (data3 === "file_read")) || (data3 === "file_edit")) || (data3 === "test_run")) || (data3 === "error_signal")) || (data3 === "patch_created")) || (data3 === "git_anchor")) || (data3 === "subagent_call")) || (data3 === "snapshot")) || (data3 === "security_finding")) || (data3 === "final_response")) || (data3 === "change_burst"))){
const err11 = {instancePath:instancePath+"/action_type",schemaPath:"#/properties/action_type/enum",keyword:"enum",params:{allowedValues: schema40.properties.action_type.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
if(data.step_index !== undefined){
let data4 = data.step_index;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
const err12 = {instancePath:instancePath+"/step_index",schemaPath:"#/properties/step_index/type",keyword:"type",params:{type: schema40.properties.step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err12);
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/step_index",schemaPath:"#/properties/step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
}
if(data.parent_node_id !== undefined){
let data5 = data.parent_node_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err14 = {instancePath:instancePath+"/parent_node_id",schemaPath:"#/properties/parent_node_id/type",keyword:"type",params:{type: schema40.properties.parent_node_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err14);
errors++;
}
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err15 = {instancePath:instancePath+"/parent_node_id",schemaPath:"#/properties/parent_node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
}
if(data.previous_node_id !== undefined){
let data6 = data.previous_node_id;
if((typeof data6 !== "string") && (data6 !== null)){
const err16 = {instancePath:instancePath+"/previous_node_id",schemaPath:"#/properties/previous_node_id/type",keyword:"type",params:{type: schema40.properties.previous_node_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err16);
errors++;
}
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err17 = {instancePath:instancePath+"/previous_node_id",schemaPath:"#/properties/previous_node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
}
if(data.next_node_id !== undefined){
let data7 = data.next_node_id;
if((typeof data7 !== "string") && (data7 !== null)){
const err18 = {instancePath:instancePath+"/next_node_id",schemaPath:"#/properties/next_node_id/type",keyword:"type",params:{type: schema40.properties.next_node_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err18);
errors++;
}
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err19 = {instancePath:instancePath+"/next_node_id",schemaPath:"#/properties/next_node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
}
if(data.start_step_index !== undefined){
let data8 = data.start_step_index;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err20 = {instancePath:instancePath+"/start_step_index",schemaPath:"#/properties/start_step_index/type",keyword:"type",params:{type: schema40.properties.start_step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err20);
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/start_step_index",schemaPath:"#/properties/start_step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
}
if(data.end_step_index !== undefined){
let data9 = data.end_step_index;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err22 = {instancePath:instancePath+"/end_step_index",schemaPath:"#/properties/end_step_index/type",keyword:"type",params:{type: schema40.properties.end_step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err22);
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/end_step_index",schemaPath:"#/properties/end_step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
}
if(data.tool_name !== undefined){
let data10 = data.tool_name;
if((typeof data10 !== "string") && (data10 !== null)){
const err24 = {instancePath:instancePath+"/tool_name",schemaPath:"#/properties/tool_name/type",keyword:"type",params:{type: schema40.properties.tool_name.type},message:"must be string,null"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
if(data.files_read !== undefined){
let data11 = data.files_read;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(typeof data11[i0] !== "string"){
const err25 = {instancePath:instancePath+"/files_read/" + i0,schemaPath:"#/properties/files_read/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/files_read",schemaPath:"#/properties/files_read/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err26);
errors++;
}
}
if(data.files_modified !== undefined){
let data13 = data.files_modified;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
if(typeof data13[i1] !== "string"){
const err27 = {instancePath:instancePath+"/files_modified/" + i1,schemaPath:"#/properties/files_modified/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/files_modified",schemaPath:"#/properties/files_modified/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err28);
errors++;
}
}
if(data.anchor_refs !== undefined){
let data15 = data.anchor_refs;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
if(typeof data15[i2] !== "string"){
const err29 = {instancePath:instancePath+"/anchor_refs/" + i2,schemaPath:"#/properties/anchor_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/anchor_refs",schemaPath:"#/properties/anchor_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err30);
errors++;
}
}
if(data.signal_refs !== undefined){
let data17 = data.signal_refs;
if(Array.isArray(data17)){
const len3 = data17.length;
for(let i3=0; i3<len3; i3++){
if(typeof data17[i3] !== "string"){
const err31 = {instancePath:instancePath+"/signal_refs/" + i3,schemaPath:"#/properties/signal_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/signal_refs",schemaPath:"#/properties/signal_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err32);
errors++;
}
}
if(data.text_preview !== undefined){
let data19 = data.text_preview;
if((typeof data19 !== "string") && (data19 !== null)){
const err33 = {instancePath:instancePath+"/text_preview",schemaPath:"#/properties/text_preview/type",keyword:"type",params:{type: schema40.properties.text_preview.type},message:"must be string,null"};
vErrors = pushError(vErrors, err33);
errors++;
}
}
if(data.metadata !== undefined){
let data20 = data.metadata;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
var props0 = {};
for(const key1 in data20){
if(pattern4.test(key1)){
props0[key1] = true;
}
}
}
else {
const err34 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err34);
errors++;
}
}
if(data.confidence !== undefined){
let data21 = data.confidence;
if(!((data21 === "deterministic") || (data21 === "heuristic"))){
const err35 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema40.properties.confidence.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err35);
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err36);
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const MapEdge = validate30;
const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/map-edge.json","additionalProperties":false,"type":"object","required":["edge_id","trace_id","source_node_id","target_node_id","edge_type"],"properties":{"edge_id":{"minLength":1,"type":"string"},"trace_id":{"minLength":1,"type":"string"},"source_node_id":{"minLength":1,"type":"string"},"target_node_id":{"minLength":1,"type":"string"},"edge_type":{"enum":["parent_child","previous_next","causes","observes","edits","tests","anchors","subagent"]},"anchor_refs":{"type":"array","items":{"type":"string"}},"metadata":{"type":"object","patternProperties":{"^(.*)$":{}}},"confidence":{"enum":["deterministic","heuristic"]}},"title":"MapEdge"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/map-edge.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.edge_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "edge_id"},message:"must have required property '"+"edge_id"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.trace_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.source_node_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_node_id"},message:"must have required property '"+"source_node_id"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.target_node_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target_node_id"},message:"must have required property '"+"target_node_id"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.edge_type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "edge_type"},message:"must have required property '"+"edge_type"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "edge_id") || (key0 === "trace_id")) || (key0 === "source_node_id")) || (key0 === "target_node_id")) || (key0 === "edge_type")) || (key0 === "anchor_refs")) || (key0 === "metadata")) || (key0 === "confidence"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err5);
errors++;
}
}
if(data.edge_id !== undefined){
let data0 = data.edge_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err6 = {instancePath:instancePath+"/edge_id",schemaPath:"#/properties/edge_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/edge_id",schemaPath:"#/properties/edge_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data.trace_id !== undefined){
let data1 = data.trace_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
if(data.source_node_id !== undefined){
let data2 = data.source_node_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/source_node_id",schemaPath:"#/properties/source_node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/source_node_id",schemaPath:"#/properties/source_node_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
if(data.target_node_id !== undefined){
let data3 = data.target_node_id;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err12 = {instancePath:instancePath+"/target_node_id",schemaPath:"#/properties/target_node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/target_node_id",schemaPath:"#/properties/target_node_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data.edge_type !== undefined){
let data4 = data.edge_type;
if(!((((((((data4 === "parent_child") || (data4 === "previous_next")) || (data4 === "causes")) || (data4 === "observes")) || (data4 === "edits")) || (data4 === "tests")) || (data4 === "anchors")) || (data4 === "subagent"))){
const err14 = {instancePath:instancePath+"/edge_type",schemaPath:"#/properties/edge_type/enum",keyword:"enum",params:{allowedValues: schema41.properties.edge_type.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data.anchor_refs !== undefined){
let data5 = data.anchor_refs;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err15 = {instancePath:instancePath+"/anchor_refs/" + i0,schemaPath:"#/properties/anchor_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/anchor_refs",schemaPath:"#/properties/anchor_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data.metadata !== undefined){
let data7 = data.metadata;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
var props0 = {};
for(const key1 in data7){
if(pattern4.test(key1)){
props0[key1] = true;
}
}
}
else {
const err17 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
if(data.confidence !== undefined){
let data8 = data.confidence;
if(!((data8 === "deterministic") || (data8 === "heuristic"))){
const err18 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema41.properties.confidence.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err19);
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const TraceMap = validate31;
const schema42 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/trace-map.json","additionalProperties":false,"type":"object","required":["trace_id","root_node_ids","nodes","edges"],"properties":{"trace_id":{"minLength":1,"type":"string"},"root_node_ids":{"type":"array","items":{"minLength":1,"type":"string"}},"nodes":{"type":"array","items":{"title":"MapNode","additionalProperties":false,"type":"object","required":["node_id","trace_id","unit_id","action_type"],"properties":{"node_id":{"minLength":1,"type":"string"},"trace_id":{"minLength":1,"type":"string"},"unit_id":{"minLength":1,"type":"string"},"action_type":{"enum":["user_instruction","agent_message","agent_plan","tool_call","tool_result","skill_invocation","file_read","file_edit","test_run","error_signal","patch_created","git_anchor","subagent_call","snapshot","security_finding","final_response","change_burst"]},"step_index":{"minimum":0,"type":["integer","null"]},"parent_node_id":{"minLength":1,"type":["string","null"]},"previous_node_id":{"minLength":1,"type":["string","null"]},"next_node_id":{"minLength":1,"type":["string","null"]},"start_step_index":{"minimum":0,"type":["integer","null"]},"end_step_index":{"minimum":0,"type":["integer","null"]},"tool_name":{"type":["string","null"]},"files_read":{"type":"array","items":{"type":"string"}},"files_modified":{"type":"array","items":{"type":"string"}},"anchor_refs":{"type":"array","items":{"type":"string"}},"signal_refs":{"type":"array","items":{"type":"string"}},"text_preview":{"type":["string","null"]},"metadata":{"type":"object","patternProperties":{"^(.*)$":{}}},"confidence":{"enum":["deterministic","heuristic"]}}}},"edges":{"type":"array","items":{"title":"MapEdge","additionalProperties":false,"type":"object","required":["edge_id","trace_id","source_node_id","target_node_id","edge_type"],"properties":{"edge_id":{"minLength":1,"type":"string"},"trace_id":{"minLength":1,"type":"string"},"source_node_id":{"minLength":1,"type":"string"},"target_node_id":{"minLength":1,"type":"string"},"edge_type":{"enum":["parent_child","previous_next","causes","observes","edits","tests","anchors","subagent"]},"anchor_refs":{"type":"array","items":{"type":"string"}},"metadata":{"type":"object","patternProperties":{"^(.*)$":{}}},"confidence":{"enum":["deterministic","heuristic"]}}}},"limitations":{"type":"array","items":{"type":"string"}}},"title":"TraceMap"};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/trace-map.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.trace_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.root_node_ids === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "root_node_ids"},message:"must have required property '"+"root_node_ids"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.nodes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.edges === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "edges"},message:"must have required property '"+"edges"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
for(const key0 in data){
if(!(((((key0 === "trace_id") || (key0 === "root_node_ids")) || (key0 === "nodes")) || (key0 === "edges")) || (key0 === "limitations"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err4);
errors++;
}
}
if(data.trace_id !== undefined){
let data0 = data.trace_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err5 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err5);
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
if(data.root_node_ids !== undefined){
let data1 = data.root_node_ids;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err7 = {instancePath:instancePath+"/root_node_ids/" + i0,schemaPath:"#/properties/root_node_ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/root_node_ids/" + i0,schemaPath:"#/properties/root_node_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/root_node_ids",schemaPath:"#/properties/root_node_ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
if(data.nodes !== undefined){
let data3 = data.nodes;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.node_id === undefined){
const err10 = {instancePath:instancePath+"/nodes/" + i1,schemaPath:"#/properties/nodes/items/required",keyword:"required",params:{missingProperty: "node_id"},message:"must have required property '"+"node_id"+"'"};
vErrors = pushError(vErrors, err10);
errors++;
}
if(data4.trace_id === undefined){
const err11 = {instancePath:instancePath+"/nodes/" + i1,schemaPath:"#/properties/nodes/items/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err11);
errors++;
}
if(data4.unit_id === undefined){
const err12 = {instancePath:instancePath+"/nodes/" + i1,schemaPath:"#/properties/nodes/items/required",keyword:"required",params:{missingProperty: "unit_id"},message:"must have required property '"+"unit_id"+"'"};
vErrors = pushError(vErrors, err12);
errors++;
}
if(data4.action_type === undefined){
const err13 = {instancePath:instancePath+"/nodes/" + i1,schemaPath:"#/properties/nodes/items/required",keyword:"required",params:{missingProperty: "action_type"},message:"must have required property '"+"action_type"+"'"};
vErrors = pushError(vErrors, err13);
errors++;
}
for(const key1 in data4){
if(!(func2.call(schema42.properties.nodes.items.properties, key1))){
const err14 = {instancePath:instancePath+"/nodes/" + i1,schemaPath:"#/properties/nodes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data4.node_id !== undefined){
let data5 = data4.node_id;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err15 = {instancePath:instancePath+"/nodes/" + i1+"/node_id",schemaPath:"#/properties/nodes/items/properties/node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/nodes/" + i1+"/node_id",schemaPath:"#/properties/nodes/items/properties/node_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data4.trace_id !== undefined){
let data6 = data4.trace_id;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err17 = {instancePath:instancePath+"/nodes/" + i1+"/trace_id",schemaPath:"#/properties/nodes/items/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/nodes/" + i1+"/trace_id",schemaPath:"#/properties/nodes/items/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
if(data4.unit_id !== undefined){
let data7 = data4.unit_id;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err19 = {instancePath:instancePath+"/nodes/" + i1+"/unit_id",schemaPath:"#/properties/nodes/items/properties/unit_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/nodes/" + i1+"/unit_id",schemaPath:"#/properties/nodes/items/properties/unit_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
if(data4.action_type !== undefined){
let data8 = data4.action_type;
if(!(((((((((((((((((data8 === "user_instruction") || (data8 === "agent_message")) || (data8 === "agent_plan")) || (data8 === "tool_call")) || (data8 === "tool_result")) || (data8 === "skill_invocation")) || (data8 === "file_read")) || (data8 === "file_edit")) || (data8 === "test_run")) || (data8 === "error_signal")) || (data8 === "patch_created")) || (data8 === "git_anchor")) || (data8 === "subagent_call")) || (data8 === "snapshot")) || (data8 === "security_finding")) || (data8 === "final_response")) || (data8 === "change_burst"))){
const err21 = {instancePath:instancePath+"/nodes/" + i1+"/action_type",schemaPath:"#/properties/nodes/items/properties/action_type/enum",keyword:"enum",params:{allowedValues: schema42.properties.nodes.items.properties.action_type.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
if(data4.step_index !== undefined){
let data9 = data4.step_index;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err22 = {instancePath:instancePath+"/nodes/" + i1+"/step_index",schemaPath:"#/properties/nodes/items/properties/step_index/type",keyword:"type",params:{type: schema42.properties.nodes.items.properties.step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err22);
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/nodes/" + i1+"/step_index",schemaPath:"#/properties/nodes/items/properties/step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
}
if(data4.parent_node_id !== undefined){
let data10 = data4.parent_node_id;
if((typeof data10 !== "string") && (data10 !== null)){
const err24 = {instancePath:instancePath+"/nodes/" + i1+"/parent_node_id",schemaPath:"#/properties/nodes/items/properties/parent_node_id/type",keyword:"type",params:{type: schema42.properties.nodes.items.properties.parent_node_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err24);
errors++;
}
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err25 = {instancePath:instancePath+"/nodes/" + i1+"/parent_node_id",schemaPath:"#/properties/nodes/items/properties/parent_node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
}
if(data4.previous_node_id !== undefined){
let data11 = data4.previous_node_id;
if((typeof data11 !== "string") && (data11 !== null)){
const err26 = {instancePath:instancePath+"/nodes/" + i1+"/previous_node_id",schemaPath:"#/properties/nodes/items/properties/previous_node_id/type",keyword:"type",params:{type: schema42.properties.nodes.items.properties.previous_node_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err26);
errors++;
}
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err27 = {instancePath:instancePath+"/nodes/" + i1+"/previous_node_id",schemaPath:"#/properties/nodes/items/properties/previous_node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
}
if(data4.next_node_id !== undefined){
let data12 = data4.next_node_id;
if((typeof data12 !== "string") && (data12 !== null)){
const err28 = {instancePath:instancePath+"/nodes/" + i1+"/next_node_id",schemaPath:"#/properties/nodes/items/properties/next_node_id/type",keyword:"type",params:{type: schema42.properties.nodes.items.properties.next_node_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err28);
errors++;
}
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err29 = {instancePath:instancePath+"/nodes/" + i1+"/next_node_id",schemaPath:"#/properties/nodes/items/properties/next_node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
}
if(data4.start_step_index !== undefined){
let data13 = data4.start_step_index;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
const err30 = {instancePath:instancePath+"/nodes/" + i1+"/start_step_index",schemaPath:"#/properties/nodes/items/properties/start_step_index/type",keyword:"type",params:{type: schema42.properties.nodes.items.properties.start_step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err30);
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err31 = {instancePath:instancePath+"/nodes/" + i1+"/start_step_index",schemaPath:"#/properties/nodes/items/properties/start_step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
}
if(data4.end_step_index !== undefined){
let data14 = data4.end_step_index;
if((!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) && (data14 !== null)){
const err32 = {instancePath:instancePath+"/nodes/" + i1+"/end_step_index",schemaPath:"#/properties/nodes/items/properties/end_step_index/type",keyword:"type",params:{type: schema42.properties.nodes.items.properties.end_step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err32);
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err33 = {instancePath:instancePath+"/nodes/" + i1+"/end_step_index",schemaPath:"#/properties/nodes/items/properties/end_step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err33);
errors++;
}
}
}
if(data4.tool_name !== undefined){
let data15 = data4.tool_name;
if((typeof data15 !== "string") && (data15 !== null)){
const err34 = {instancePath:instancePath+"/nodes/" + i1+"/tool_name",schemaPath:"#/properties/nodes/items/properties/tool_name/type",keyword:"type",params:{type: schema42.properties.nodes.items.properties.tool_name.type},message:"must be string,null"};
vErrors = pushError(vErrors, err34);
errors++;
}
}
if(data4.files_read !== undefined){
let data16 = data4.files_read;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
if(typeof data16[i2] !== "string"){
const err35 = {instancePath:instancePath+"/nodes/" + i1+"/files_read/" + i2,schemaPath:"#/properties/nodes/items/properties/files_read/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err35);
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/nodes/" + i1+"/files_read",schemaPath:"#/properties/nodes/items/properties/files_read/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err36);
errors++;
}
}
if(data4.files_modified !== undefined){
let data18 = data4.files_modified;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(typeof data18[i3] !== "string"){
const err37 = {instancePath:instancePath+"/nodes/" + i1+"/files_modified/" + i3,schemaPath:"#/properties/nodes/items/properties/files_modified/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err37);
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/nodes/" + i1+"/files_modified",schemaPath:"#/properties/nodes/items/properties/files_modified/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err38);
errors++;
}
}
if(data4.anchor_refs !== undefined){
let data20 = data4.anchor_refs;
if(Array.isArray(data20)){
const len4 = data20.length;
for(let i4=0; i4<len4; i4++){
if(typeof data20[i4] !== "string"){
const err39 = {instancePath:instancePath+"/nodes/" + i1+"/anchor_refs/" + i4,schemaPath:"#/properties/nodes/items/properties/anchor_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err39);
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/nodes/" + i1+"/anchor_refs",schemaPath:"#/properties/nodes/items/properties/anchor_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err40);
errors++;
}
}
if(data4.signal_refs !== undefined){
let data22 = data4.signal_refs;
if(Array.isArray(data22)){
const len5 = data22.length;
for(let i5=0; i5<len5; i5++){
if(typeof data22[i5] !== "string"){
const err41 = {instancePath:instancePath+"/nodes/" + i1+"/signal_refs/" + i5,schemaPath:"#/properties/nodes/items/properties/signal_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err41);
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/nodes/" + i1+"/signal_refs",schemaPath:"#/properties/nodes/items/properties/signal_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err42);
errors++;
}
}
if(data4.text_preview !== undefined){
let data24 = data4.text_preview;
if((typeof data24 !== "string") && (data24 !== null)){
const err43 = {instancePath:instancePath+"/nodes/" + i1+"/text_preview",schemaPath:"#/properties/nodes/items/properties/text_preview/type",keyword:"type",params:{type: schema42.properties.nodes.items.properties.text_preview.type},message:"must be string,null"};
vErrors = pushError(vErrors, err43);
errors++;
}
}
if(data4.metadata !== undefined){
let data25 = data4.metadata;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
var props0 = {};
for(const key2 in data25){
if(pattern4.test(key2)){
props0[key2] = true;
}
}
}
else {
const err44 = {instancePath:instancePath+"/nodes/" + i1+"/metadata",schemaPath:"#/properties/nodes/items/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err44);
errors++;
}
}
if(data4.confidence !== undefined){
let data26 = data4.confidence;
if(!((data26 === "deterministic") || (data26 === "heuristic"))){
const err45 = {instancePath:instancePath+"/nodes/" + i1+"/confidence",schemaPath:"#/properties/nodes/items/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema42.properties.nodes.items.properties.confidence.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err45);
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/nodes/" + i1,schemaPath:"#/properties/nodes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err46);
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
if(data.edges !== undefined){
let data27 = data.edges;
if(Array.isArray(data27)){
const len6 = data27.length;
for(let i6=0; i6<len6; i6++){
let data28 = data27[i6];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.edge_id === undefined){
const err48 = {instancePath:instancePath+"/edges/" + i6,schemaPath:"#/properties/edges/items/required",keyword:"required",params:{missingProperty: "edge_id"},message:"must have required property '"+"edge_id"+"'"};
vErrors = pushError(vErrors, err48);
errors++;
}
if(data28.trace_id === undefined){
const err49 = {instancePath:instancePath+"/edges/" + i6,schemaPath:"#/properties/edges/items/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err49);
errors++;
}
if(data28.source_node_id === undefined){
const err50 = {instancePath:instancePath+"/edges/" + i6,schemaPath:"#/properties/edges/items/required",keyword:"required",params:{missingProperty: "source_node_id"},message:"must have required property '"+"source_node_id"+"'"};
vErrors = pushError(vErrors, err50);
errors++;
}
if(data28.target_node_id === undefined){
const err51 = {instancePath:instancePath+"/edges/" + i6,schemaPath:"#/properties/edges/items/required",keyword:"required",params:{missingProperty: "target_node_id"},message:"must have required property '"+"target_node_id"+"'"};
vErrors = pushError(vErrors, err51);
errors++;
}
if(data28.edge_type === undefined){
const err52 = {instancePath:instancePath+"/edges/" + i6,schemaPath:"#/properties/edges/items/required",keyword:"required",params:{missingProperty: "edge_type"},message:"must have required property '"+"edge_type"+"'"};
vErrors = pushError(vErrors, err52);
errors++;
}
for(const key3 in data28){
if(!((((((((key3 === "edge_id") || (key3 === "trace_id")) || (key3 === "source_node_id")) || (key3 === "target_node_id")) || (key3 === "edge_type")) || (key3 === "anchor_refs")) || (key3 === "metadata")) || (key3 === "confidence"))){
const err53 = {instancePath:instancePath+"/edges/" + i6,schemaPath:"#/properties/edges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err53);
errors++;
}
}
if(data28.edge_id !== undefined){
let data29 = data28.edge_id;
if(typeof data29 === "string"){
if(func1(data29) < 1){
const err54 = {instancePath:instancePath+"/edges/" + i6+"/edge_id",schemaPath:"#/properties/edges/items/properties/edge_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err54);
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/edges/" + i6+"/edge_id",schemaPath:"#/properties/edges/items/properties/edge_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err55);
errors++;
}
}
if(data28.trace_id !== undefined){
let data30 = data28.trace_id;
if(typeof data30 === "string"){
if(func1(data30) < 1){
const err56 = {instancePath:instancePath+"/edges/" + i6+"/trace_id",schemaPath:"#/properties/edges/items/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err56);
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/edges/" + i6+"/trace_id",schemaPath:"#/properties/edges/items/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err57);
errors++;
}
}
if(data28.source_node_id !== undefined){
let data31 = data28.source_node_id;
if(typeof data31 === "string"){
if(func1(data31) < 1){
const err58 = {instancePath:instancePath+"/edges/" + i6+"/source_node_id",schemaPath:"#/properties/edges/items/properties/source_node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err58);
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/edges/" + i6+"/source_node_id",schemaPath:"#/properties/edges/items/properties/source_node_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err59);
errors++;
}
}
if(data28.target_node_id !== undefined){
let data32 = data28.target_node_id;
if(typeof data32 === "string"){
if(func1(data32) < 1){
const err60 = {instancePath:instancePath+"/edges/" + i6+"/target_node_id",schemaPath:"#/properties/edges/items/properties/target_node_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err60);
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/edges/" + i6+"/target_node_id",schemaPath:"#/properties/edges/items/properties/target_node_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err61);
errors++;
}
}
if(data28.edge_type !== undefined){
let data33 = data28.edge_type;
if(!((((((((data33 === "parent_child") || (data33 === "previous_next")) || (data33 === "causes")) || (data33 === "observes")) || (data33 === "edits")) || (data33 === "tests")) || (data33 === "anchors")) || (data33 === "subagent"))){
const err62 = {instancePath:instancePath+"/edges/" + i6+"/edge_type",schemaPath:"#/properties/edges/items/properties/edge_type/enum",keyword:"enum",params:{allowedValues: schema42.properties.edges.items.properties.edge_type.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err62);
errors++;
}
}
if(data28.anchor_refs !== undefined){
let data34 = data28.anchor_refs;
if(Array.isArray(data34)){
const len7 = data34.length;
for(let i7=0; i7<len7; i7++){
if(typeof data34[i7] !== "string"){
const err63 = {instancePath:instancePath+"/edges/" + i6+"/anchor_refs/" + i7,schemaPath:"#/properties/edges/items/properties/anchor_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err63);
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/edges/" + i6+"/anchor_refs",schemaPath:"#/properties/edges/items/properties/anchor_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err64);
errors++;
}
}
if(data28.metadata !== undefined){
let data36 = data28.metadata;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
var props1 = {};
for(const key4 in data36){
if(pattern4.test(key4)){
props1[key4] = true;
}
}
}
else {
const err65 = {instancePath:instancePath+"/edges/" + i6+"/metadata",schemaPath:"#/properties/edges/items/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err65);
errors++;
}
}
if(data28.confidence !== undefined){
let data37 = data28.confidence;
if(!((data37 === "deterministic") || (data37 === "heuristic"))){
const err66 = {instancePath:instancePath+"/edges/" + i6+"/confidence",schemaPath:"#/properties/edges/items/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema42.properties.edges.items.properties.confidence.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err66);
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/edges/" + i6,schemaPath:"#/properties/edges/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err67);
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/edges",schemaPath:"#/properties/edges/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err68);
errors++;
}
}
if(data.limitations !== undefined){
let data38 = data.limitations;
if(Array.isArray(data38)){
const len8 = data38.length;
for(let i8=0; i8<len8; i8++){
if(typeof data38[i8] !== "string"){
const err69 = {instancePath:instancePath+"/limitations/" + i8,schemaPath:"#/properties/limitations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err69);
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/limitations",schemaPath:"#/properties/limitations/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err70);
errors++;
}
}
}
else {
const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err71);
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const CandidatePacket = validate32;
const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/candidate-packet.json","additionalProperties":false,"type":"object","required":["unit_id","unit_type","trace_id","project_slug","title","match_explanation","score"],"properties":{"unit_id":{"minLength":1,"type":"string"},"unit_type":{"enum":["trace","trace_map_node","trace_slice","trace_intent_candidate","patch","skill_invocation","tool_sequence","test_or_error_signal","git_anchor"]},"trace_id":{"minLength":1,"type":"string"},"project_slug":{"type":"string"},"title":{"type":"string"},"intent_preview":{"type":["string","null"]},"candidate_kind":{"type":["string","null"]},"match_explanation":{"type":"string"},"score":{"type":"number"},"score_parts":{"type":"object","patternProperties":{"^(.*)$":{"type":"number"}}},"matched_fields":{"type":"object","patternProperties":{"^(.*)$":{"type":"array","items":{"type":"string"}}}},"facets":{"type":"array","items":{"title":"TraceFacet","additionalProperties":false,"type":"object","required":["name","value","source"],"properties":{"name":{"minLength":1,"type":"string"},"value":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"}]},"source":{"enum":["exact_schema","tool_input","bash_command","test_output","file_path","web_url","dependency","trail_projection","prose_mention","heuristic"]},"confidence":{"enum":["high","medium","low"]},"evidence_ref":{"type":["string","null"]}}}},"signals":{"type":"array","items":{"title":"TraceSignal","additionalProperties":false,"type":"object","required":["name","value"],"properties":{"name":{"minLength":1,"type":"string"},"value":{"anyOf":[{"type":"boolean"},{"type":"string"},{"type":"number"},{"type":"array","items":{"type":"string"}}]},"confidence":{"enum":["high","medium","low"]},"evidence_refs":{"type":"array","items":{"type":"string"}},"metadata":{"type":"object","patternProperties":{"^(.*)$":{}}}}}},"skills":{"type":"array","items":{"type":"string"}},"files":{"maxItems":8,"type":"array","items":{"type":"string"}},"files_total":{"minimum":0,"type":"integer"},"test_commands":{"type":"array","items":{"type":"string"}},"trail_refs":{"type":"array","items":{"type":"string"}},"map_ref":{"type":["string","null"]},"map_node_refs":{"type":"array","items":{"type":"string"}},"refs":{"type":"object","patternProperties":{"^(.*)$":{"type":"string"}}},"limitations":{"type":"array","items":{"type":"string"}},"metadata":{"type":"object","patternProperties":{"^(.*)$":{}}}},"title":"CandidatePacket"};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/candidate-packet.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.unit_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit_id"},message:"must have required property '"+"unit_id"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.unit_type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit_type"},message:"must have required property '"+"unit_type"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.trace_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.project_slug === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project_slug"},message:"must have required property '"+"project_slug"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.title === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.match_explanation === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "match_explanation"},message:"must have required property '"+"match_explanation"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(data.score === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'"};
vErrors = pushError(vErrors, err6);
errors++;
}
for(const key0 in data){
if(!(func2.call(schema43.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data.unit_id !== undefined){
let data0 = data.unit_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err8 = {instancePath:instancePath+"/unit_id",schemaPath:"#/properties/unit_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/unit_id",schemaPath:"#/properties/unit_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
if(data.unit_type !== undefined){
let data1 = data.unit_type;
if(!(((((((((data1 === "trace") || (data1 === "trace_map_node")) || (data1 === "trace_slice")) || (data1 === "trace_intent_candidate")) || (data1 === "patch")) || (data1 === "skill_invocation")) || (data1 === "tool_sequence")) || (data1 === "test_or_error_signal")) || (data1 === "git_anchor"))){
const err10 = {instancePath:instancePath+"/unit_type",schemaPath:"#/properties/unit_type/enum",keyword:"enum",params:{allowedValues: schema43.properties.unit_type.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.trace_id !== undefined){
let data2 = data.trace_id;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
if(data.project_slug !== undefined){
if(typeof data.project_slug !== "string"){
const err13 = {instancePath:instancePath+"/project_slug",schemaPath:"#/properties/project_slug/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data.intent_preview !== undefined){
let data5 = data.intent_preview;
if((typeof data5 !== "string") && (data5 !== null)){
const err15 = {instancePath:instancePath+"/intent_preview",schemaPath:"#/properties/intent_preview/type",keyword:"type",params:{type: schema43.properties.intent_preview.type},message:"must be string,null"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data.candidate_kind !== undefined){
let data6 = data.candidate_kind;
if((typeof data6 !== "string") && (data6 !== null)){
const err16 = {instancePath:instancePath+"/candidate_kind",schemaPath:"#/properties/candidate_kind/type",keyword:"type",params:{type: schema43.properties.candidate_kind.type},message:"must be string,null"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data.match_explanation !== undefined){
if(typeof data.match_explanation !== "string"){
const err17 = {instancePath:instancePath+"/match_explanation",schemaPath:"#/properties/match_explanation/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
if(data.score !== undefined){
let data8 = data.score;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err18 = {instancePath:instancePath+"/score",schemaPath:"#/properties/score/type",keyword:"type",params:{type: "number"},message:"must be number"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
if(data.score_parts !== undefined){
let data9 = data.score_parts;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
var props0 = {};
for(const key1 in data9){
if(pattern4.test(key1)){
let data10 = data9[key1];
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err19 = {instancePath:instancePath+"/score_parts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/score_parts/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "number"},message:"must be number"};
vErrors = pushError(vErrors, err19);
errors++;
}
props0[key1] = true;
}
}
}
else {
const err20 = {instancePath:instancePath+"/score_parts",schemaPath:"#/properties/score_parts/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
if(data.matched_fields !== undefined){
let data11 = data.matched_fields;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
var props1 = {};
for(const key2 in data11){
if(pattern4.test(key2)){
let data12 = data11[key2];
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(typeof data12[i0] !== "string"){
const err21 = {instancePath:instancePath+"/matched_fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/matched_fields/patternProperties/%5E(.*)%24/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/matched_fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/matched_fields/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err22);
errors++;
}
props1[key2] = true;
}
}
}
else {
const err23 = {instancePath:instancePath+"/matched_fields",schemaPath:"#/properties/matched_fields/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
if(data.facets !== undefined){
let data14 = data.facets;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.name === undefined){
const err24 = {instancePath:instancePath+"/facets/" + i1,schemaPath:"#/properties/facets/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
vErrors = pushError(vErrors, err24);
errors++;
}
if(data15.value === undefined){
const err25 = {instancePath:instancePath+"/facets/" + i1,schemaPath:"#/properties/facets/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
vErrors = pushError(vErrors, err25);
errors++;
}
if(data15.source === undefined){
const err26 = {instancePath:instancePath+"/facets/" + i1,schemaPath:"#/properties/facets/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
vErrors = pushError(vErrors, err26);
errors++;
}
for(const key3 in data15){
if(!(((((key3 === "name") || (key3 === "value")) || (key3 === "source")) || (key3 === "confidence")) || (key3 === "evidence_ref"))){
const err27 = {instancePath:instancePath+"/facets/" + i1,schemaPath:"#/properties/facets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
if(data15.name !== undefined){
let data16 = data15.name;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err28 = {instancePath:instancePath+"/facets/" + i1+"/name",schemaPath:"#/properties/facets/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err28);
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/facets/" + i1+"/name",schemaPath:"#/properties/facets/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
if(data15.value !== undefined){
let data17 = data15.value;
const _errs37 = errors;
let valid8 = false;
const _errs38 = errors;
if(typeof data17 !== "string"){
const err30 = {instancePath:instancePath+"/facets/" + i1+"/value",schemaPath:"#/properties/facets/items/properties/value/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err30);
errors++;
}
var _valid0 = _errs38 === errors;
valid8 = valid8 || _valid0;
const _errs40 = errors;
if(!((typeof data17 == "number") && (isFinite(data17)))){
const err31 = {instancePath:instancePath+"/facets/" + i1+"/value",schemaPath:"#/properties/facets/items/properties/value/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
vErrors = pushError(vErrors, err31);
errors++;
}
var _valid0 = _errs40 === errors;
valid8 = valid8 || _valid0;
const _errs42 = errors;
if(typeof data17 !== "boolean"){
const err32 = {instancePath:instancePath+"/facets/" + i1+"/value",schemaPath:"#/properties/facets/items/properties/value/anyOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err32);
errors++;
}
var _valid0 = _errs42 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const err33 = {instancePath:instancePath+"/facets/" + i1+"/value",schemaPath:"#/properties/facets/items/properties/value/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err33);
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
}
if(data15.source !== undefined){
let data18 = data15.source;
if(!((((((((((data18 === "exact_schema") || (data18 === "tool_input")) || (data18 === "bash_command")) || (data18 === "test_output")) || (data18 === "file_path")) || (data18 === "web_url")) || (data18 === "dependency")) || (data18 === "trail_projection")) || (data18 === "prose_mention")) || (data18 === "heuristic"))){
const err34 = {instancePath:instancePath+"/facets/" + i1+"/source",schemaPath:"#/properties/facets/items/properties/source/enum",keyword:"enum",params:{allowedValues: schema43.properties.facets.items.properties.source.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err34);
errors++;
}
}
if(data15.confidence !== undefined){
let data19 = data15.confidence;
if(!(((data19 === "high") || (data19 === "medium")) || (data19 === "low"))){
const err35 = {instancePath:instancePath+"/facets/" + i1+"/confidence",schemaPath:"#/properties/facets/items/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema43.properties.facets.items.properties.confidence.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err35);
errors++;
}
}
if(data15.evidence_ref !== undefined){
let data20 = data15.evidence_ref;
if((typeof data20 !== "string") && (data20 !== null)){
const err36 = {instancePath:instancePath+"/facets/" + i1+"/evidence_ref",schemaPath:"#/properties/facets/items/properties/evidence_ref/type",keyword:"type",params:{type: schema43.properties.facets.items.properties.evidence_ref.type},message:"must be string,null"};
vErrors = pushError(vErrors, err36);
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/facets/" + i1,schemaPath:"#/properties/facets/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err37);
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/facets",schemaPath:"#/properties/facets/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err38);
errors++;
}
}
if(data.signals !== undefined){
let data21 = data.signals;
if(Array.isArray(data21)){
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
let data22 = data21[i2];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.name === undefined){
const err39 = {instancePath:instancePath+"/signals/" + i2,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
vErrors = pushError(vErrors, err39);
errors++;
}
if(data22.value === undefined){
const err40 = {instancePath:instancePath+"/signals/" + i2,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
vErrors = pushError(vErrors, err40);
errors++;
}
for(const key4 in data22){
if(!(((((key4 === "name") || (key4 === "value")) || (key4 === "confidence")) || (key4 === "evidence_refs")) || (key4 === "metadata"))){
const err41 = {instancePath:instancePath+"/signals/" + i2,schemaPath:"#/properties/signals/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
vErrors = pushError(vErrors, err41);
errors++;
}
}
if(data22.name !== undefined){
let data23 = data22.name;
if(typeof data23 === "string"){
if(func1(data23) < 1){
const err42 = {instancePath:instancePath+"/signals/" + i2+"/name",schemaPath:"#/properties/signals/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err42);
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/signals/" + i2+"/name",schemaPath:"#/properties/signals/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err43);
errors++;
}
}
if(data22.value !== undefined){
let data24 = data22.value;
const _errs56 = errors;
let valid12 = false;
const _errs57 = errors;
if(typeof data24 !== "boolean"){
const err44 = {instancePath:instancePath+"/signals/" + i2+"/value",schemaPath:"#/properties/signals/items/properties/value/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err44);
errors++;
}
var _valid1 = _errs57 === errors;
valid12 = valid12 || _valid1;
const _errs59 = errors;
if(typeof data24 !== "string"){
const err45 = {instancePath:instancePath+"/signals/" + i2+"/value",schemaPath:"#/properties/signals/items/properties/value/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err45);
errors++;
}
var _valid1 = _errs59 === errors;
valid12 = valid12 || _valid1;
const _errs61 = errors;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err46 = {instancePath:instancePath+"/signals/" + i2+"/value",schemaPath:"#/properties/signals/items/properties/value/anyOf/2/type",keyword:"type",params:{type: "number"},message:"must be number"};
vErrors = pushError(vErrors, err46);
errors++;
}
var _valid1 = _errs61 === errors;
valid12 = valid12 || _valid1;
const _errs63 = errors;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
if(typeof data24[i3] !== "string"){
const err47 = {instancePath:instancePath+"/signals/" + i2+"/value/" + i3,schemaPath:"#/properties/signals/items/properties/value/anyOf/3/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/signals/" + i2+"/value",schemaPath:"#/properties/signals/items/properties/value/anyOf/3/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err48);
errors++;
}
var _valid1 = _errs63 === errors;
valid12 = valid12 || _valid1;
if(!valid12){
const err49 = {instancePath:instancePath+"/signals/" + i2+"/value",schemaPath:"#/properties/signals/items/properties/value/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err49);
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
if(data22.confidence !== undefined){
let data26 = data22.confidence;
if(!(((data26 === "high") || (data26 === "medium")) || (data26 === "low"))){
const err50 = {instancePath:instancePath+"/signals/" + i2+"/confidence",schemaPath:"#/properties/signals/items/properties/confidence/enum",keyword:"enum",params:{allowedValues: schema43.properties.signals.items.properties.confidence.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err50);
errors++;
}
}
if(data22.evidence_refs !== undefined){
let data27 = data22.evidence_refs;
if(Array.isArray(data27)){
const len4 = data27.length;
for(let i4=0; i4<len4; i4++){
if(typeof data27[i4] !== "string"){
const err51 = {instancePath:instancePath+"/signals/" + i2+"/evidence_refs/" + i4,schemaPath:"#/properties/signals/items/properties/evidence_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err51);
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/signals/" + i2+"/evidence_refs",schemaPath:"#/properties/signals/items/properties/evidence_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err52);
errors++;
}
}
if(data22.metadata !== undefined){
let data29 = data22.metadata;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
var props2 = {};
for(const key5 in data29){
if(pattern4.test(key5)){
props2[key5] = true;
}
}
}
else {
const err53 = {instancePath:instancePath+"/signals/" + i2+"/metadata",schemaPath:"#/properties/signals/items/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err53);
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/signals/" + i2,schemaPath:"#/properties/signals/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err54);
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/signals",schemaPath:"#/properties/signals/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err55);
errors++;
}
}
if(data.skills !== undefined){
let data30 = data.skills;
if(Array.isArray(data30)){
const len5 = data30.length;
for(let i5=0; i5<len5; i5++){
if(typeof data30[i5] !== "string"){
const err56 = {instancePath:instancePath+"/skills/" + i5,schemaPath:"#/properties/skills/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err56);
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/skills",schemaPath:"#/properties/skills/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err57);
errors++;
}
}
if(data.files !== undefined){
let data32 = data.files;
if(Array.isArray(data32)){
if(data32.length > 8){
const err58 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
vErrors = pushError(vErrors, err58);
errors++;
}
const len6 = data32.length;
for(let i6=0; i6<len6; i6++){
if(typeof data32[i6] !== "string"){
const err59 = {instancePath:instancePath+"/files/" + i6,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err59);
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err60);
errors++;
}
}
if(data.files_total !== undefined){
let data34 = data.files_total;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err61 = {instancePath:instancePath+"/files_total",schemaPath:"#/properties/files_total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err61);
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 0 || isNaN(data34)){
const err62 = {instancePath:instancePath+"/files_total",schemaPath:"#/properties/files_total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err62);
errors++;
}
}
}
if(data.test_commands !== undefined){
let data35 = data.test_commands;
if(Array.isArray(data35)){
const len7 = data35.length;
for(let i7=0; i7<len7; i7++){
if(typeof data35[i7] !== "string"){
const err63 = {instancePath:instancePath+"/test_commands/" + i7,schemaPath:"#/properties/test_commands/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err63);
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/test_commands",schemaPath:"#/properties/test_commands/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err64);
errors++;
}
}
if(data.trail_refs !== undefined){
let data37 = data.trail_refs;
if(Array.isArray(data37)){
const len8 = data37.length;
for(let i8=0; i8<len8; i8++){
if(typeof data37[i8] !== "string"){
const err65 = {instancePath:instancePath+"/trail_refs/" + i8,schemaPath:"#/properties/trail_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err65);
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/trail_refs",schemaPath:"#/properties/trail_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err66);
errors++;
}
}
if(data.map_ref !== undefined){
let data39 = data.map_ref;
if((typeof data39 !== "string") && (data39 !== null)){
const err67 = {instancePath:instancePath+"/map_ref",schemaPath:"#/properties/map_ref/type",keyword:"type",params:{type: schema43.properties.map_ref.type},message:"must be string,null"};
vErrors = pushError(vErrors, err67);
errors++;
}
}
if(data.map_node_refs !== undefined){
let data40 = data.map_node_refs;
if(Array.isArray(data40)){
const len9 = data40.length;
for(let i9=0; i9<len9; i9++){
if(typeof data40[i9] !== "string"){
const err68 = {instancePath:instancePath+"/map_node_refs/" + i9,schemaPath:"#/properties/map_node_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err68);
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/map_node_refs",schemaPath:"#/properties/map_node_refs/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err69);
errors++;
}
}
if(data.refs !== undefined){
let data42 = data.refs;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
var props3 = {};
for(const key6 in data42){
if(pattern4.test(key6)){
if(typeof data42[key6] !== "string"){
const err70 = {instancePath:instancePath+"/refs/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/refs/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err70);
errors++;
}
props3[key6] = true;
}
}
}
else {
const err71 = {instancePath:instancePath+"/refs",schemaPath:"#/properties/refs/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err71);
errors++;
}
}
if(data.limitations !== undefined){
let data44 = data.limitations;
if(Array.isArray(data44)){
const len10 = data44.length;
for(let i10=0; i10<len10; i10++){
if(typeof data44[i10] !== "string"){
const err72 = {instancePath:instancePath+"/limitations/" + i10,schemaPath:"#/properties/limitations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err72);
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/limitations",schemaPath:"#/properties/limitations/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err73);
errors++;
}
}
if(data.metadata !== undefined){
let data46 = data.metadata;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
var props4 = {};
for(const key7 in data46){
if(pattern4.test(key7)){
props4[key7] = true;
}
}
}
else {
const err74 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err74);
errors++;
}
}
}
else {
const err75 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err75);
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const TrailEvent = validate33;
const schema44 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/trail-event.json","additionalProperties":true,"type":"object","required":["event_id","event_sequence","event_time","batch_id","writer","capture_method","event_type","payload","content_hash"],"properties":{"event_id":{"pattern":"^trailevent-sha256:[0-9a-f]{64}$","type":"string"},"event_sequence":{"minimum":1,"type":"integer"},"event_time":{"minLength":1,"type":"string"},"previous_event_id":{"pattern":"^trailevent-sha256:[0-9a-f]{64}$","type":["string","null"]},"trace_id":{"minLength":1,"type":["string","null"]},"generation_index":{"minimum":0,"type":["integer","null"]},"step_index":{"minimum":0,"type":["integer","null"]},"batch_id":{"minLength":1,"type":"string"},"writer":{"minLength":1,"type":"string"},"capture_method":{"minItems":1,"type":"array","items":{"minLength":1,"type":"string"}},"event_type":{"minLength":1,"type":"string"},"payload":{"type":"object","patternProperties":{"^(.*)$":{}}},"content_hash":{"pattern":"^sha256:[0-9a-f]{64}$","type":"string"},"SCHEMA_VERSION":{"type":"string"},"SECURITY_VERSION":{"type":"string"},"ATTRIBUTION_VERSION":{"type":"string"}},"title":"TrailEvent"};
const pattern27 = new RegExp("^trailevent-sha256:[0-9a-f]{64}$", "u");
const pattern30 = new RegExp("^sha256:[0-9a-f]{64}$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/trail-event.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.event_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_id"},message:"must have required property '"+"event_id"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.event_sequence === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_sequence"},message:"must have required property '"+"event_sequence"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.event_time === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_time"},message:"must have required property '"+"event_time"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.batch_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "batch_id"},message:"must have required property '"+"batch_id"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.writer === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "writer"},message:"must have required property '"+"writer"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.capture_method === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capture_method"},message:"must have required property '"+"capture_method"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(data.event_type === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'"};
vErrors = pushError(vErrors, err6);
errors++;
}
if(data.payload === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payload"},message:"must have required property '"+"payload"+"'"};
vErrors = pushError(vErrors, err7);
errors++;
}
if(data.content_hash === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content_hash"},message:"must have required property '"+"content_hash"+"'"};
vErrors = pushError(vErrors, err8);
errors++;
}
if(data.event_id !== undefined){
let data0 = data.event_id;
if(typeof data0 === "string"){
if(!pattern27.test(data0)){
const err9 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/pattern",keyword:"pattern",params:{pattern: "^trailevent-sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^trailevent-sha256:[0-9a-f]{64}$"+"\""};
vErrors = pushError(vErrors, err9);
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.event_sequence !== undefined){
let data1 = data.event_sequence;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err11 = {instancePath:instancePath+"/event_sequence",schemaPath:"#/properties/event_sequence/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err11);
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err12 = {instancePath:instancePath+"/event_sequence",schemaPath:"#/properties/event_sequence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
}
if(data.event_time !== undefined){
let data2 = data.event_time;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err13 = {instancePath:instancePath+"/event_time",schemaPath:"#/properties/event_time/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/event_time",schemaPath:"#/properties/event_time/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data.previous_event_id !== undefined){
let data3 = data.previous_event_id;
if((typeof data3 !== "string") && (data3 !== null)){
const err15 = {instancePath:instancePath+"/previous_event_id",schemaPath:"#/properties/previous_event_id/type",keyword:"type",params:{type: schema44.properties.previous_event_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err15);
errors++;
}
if(typeof data3 === "string"){
if(!pattern27.test(data3)){
const err16 = {instancePath:instancePath+"/previous_event_id",schemaPath:"#/properties/previous_event_id/pattern",keyword:"pattern",params:{pattern: "^trailevent-sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^trailevent-sha256:[0-9a-f]{64}$"+"\""};
vErrors = pushError(vErrors, err16);
errors++;
}
}
}
if(data.trace_id !== undefined){
let data4 = data.trace_id;
if((typeof data4 !== "string") && (data4 !== null)){
const err17 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: schema44.properties.trace_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err17);
errors++;
}
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err18 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
}
if(data.generation_index !== undefined){
let data5 = data.generation_index;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
const err19 = {instancePath:instancePath+"/generation_index",schemaPath:"#/properties/generation_index/type",keyword:"type",params:{type: schema44.properties.generation_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err19);
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/generation_index",schemaPath:"#/properties/generation_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
}
if(data.step_index !== undefined){
let data6 = data.step_index;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (data6 !== null)){
const err21 = {instancePath:instancePath+"/step_index",schemaPath:"#/properties/step_index/type",keyword:"type",params:{type: schema44.properties.step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err21);
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/step_index",schemaPath:"#/properties/step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
}
if(data.batch_id !== undefined){
let data7 = data.batch_id;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err23 = {instancePath:instancePath+"/batch_id",schemaPath:"#/properties/batch_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/batch_id",schemaPath:"#/properties/batch_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
if(data.writer !== undefined){
let data8 = data.writer;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err25 = {instancePath:instancePath+"/writer",schemaPath:"#/properties/writer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/writer",schemaPath:"#/properties/writer/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err26);
errors++;
}
}
if(data.capture_method !== undefined){
let data9 = data.capture_method;
if(Array.isArray(data9)){
if(data9.length < 1){
const err27 = {instancePath:instancePath+"/capture_method",schemaPath:"#/properties/capture_method/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
vErrors = pushError(vErrors, err27);
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err28 = {instancePath:instancePath+"/capture_method/" + i0,schemaPath:"#/properties/capture_method/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err28);
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/capture_method/" + i0,schemaPath:"#/properties/capture_method/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/capture_method",schemaPath:"#/properties/capture_method/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err30);
errors++;
}
}
if(data.event_type !== undefined){
let data11 = data.event_type;
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err31 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/event_type",schemaPath:"#/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err32);
errors++;
}
}
if(data.payload !== undefined){
let data12 = data.payload;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
var props0 = {};
for(const key0 in data12){
if(pattern4.test(key0)){
props0[key0] = true;
}
}
}
else {
const err33 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err33);
errors++;
}
}
if(data.content_hash !== undefined){
let data13 = data.content_hash;
if(typeof data13 === "string"){
if(!pattern30.test(data13)){
const err34 = {instancePath:instancePath+"/content_hash",schemaPath:"#/properties/content_hash/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
vErrors = pushError(vErrors, err34);
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/content_hash",schemaPath:"#/properties/content_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err35);
errors++;
}
}
if(data.SCHEMA_VERSION !== undefined){
if(typeof data.SCHEMA_VERSION !== "string"){
const err36 = {instancePath:instancePath+"/SCHEMA_VERSION",schemaPath:"#/properties/SCHEMA_VERSION/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err36);
errors++;
}
}
if(data.SECURITY_VERSION !== undefined){
if(typeof data.SECURITY_VERSION !== "string"){
const err37 = {instancePath:instancePath+"/SECURITY_VERSION",schemaPath:"#/properties/SECURITY_VERSION/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err37);
errors++;
}
}
if(data.ATTRIBUTION_VERSION !== undefined){
if(typeof data.ATTRIBUTION_VERSION !== "string"){
const err38 = {instancePath:instancePath+"/ATTRIBUTION_VERSION",schemaPath:"#/properties/ATTRIBUTION_VERSION/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err38);
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err39);
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const GitAnchorObservation = validate34;
const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/git-anchor-observation.json","additionalProperties":true,"type":"object","required":["git_anchor_id","observed_ref","survival_state"],"properties":{"git_anchor_id":{"minLength":1,"type":"string"},"trace_patch_id":{"minLength":1,"type":["string","null"]},"commit_sha":{"type":["string","null"]},"observed_ref":{"minLength":1,"type":"string"},"observed_commit_sha":{"type":["string","null"]},"observed_at":{"type":["string","null"]},"path":{"type":["string","null"]},"range":{"additionalProperties":true,"type":["object","null"],"required":["start_line","end_line"],"properties":{"start_line":{"minimum":1,"type":"integer"},"end_line":{"minimum":1,"type":"integer"}}},"survival_state":{"description":"alive: the anchored lines are unchanged; modified: present but edited; lost: removed or reverted; never_committed: the patch never landed in a commit; unknown: not enough evidence","enum":["alive","modified","lost","never_committed","unknown"]},"retention_fraction":{"minimum":0,"maximum":1,"type":["number","null"]},"evidence_tier":{"type":["string","null"]},"evidence_firmness":{"type":["string","null"]},"limitations":{"type":"array","items":{"type":"string"}}},"title":"GitAnchorObservation"};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/git-anchor-observation.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.git_anchor_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "git_anchor_id"},message:"must have required property '"+"git_anchor_id"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.observed_ref === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observed_ref"},message:"must have required property '"+"observed_ref"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.survival_state === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "survival_state"},message:"must have required property '"+"survival_state"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.git_anchor_id !== undefined){
let data0 = data.git_anchor_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/git_anchor_id",schemaPath:"#/properties/git_anchor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err3);
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/git_anchor_id",schemaPath:"#/properties/git_anchor_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err4);
errors++;
}
}
if(data.trace_patch_id !== undefined){
let data1 = data.trace_patch_id;
if((typeof data1 !== "string") && (data1 !== null)){
const err5 = {instancePath:instancePath+"/trace_patch_id",schemaPath:"#/properties/trace_patch_id/type",keyword:"type",params:{type: schema45.properties.trace_patch_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/trace_patch_id",schemaPath:"#/properties/trace_patch_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
}
if(data.commit_sha !== undefined){
let data2 = data.commit_sha;
if((typeof data2 !== "string") && (data2 !== null)){
const err7 = {instancePath:instancePath+"/commit_sha",schemaPath:"#/properties/commit_sha/type",keyword:"type",params:{type: schema45.properties.commit_sha.type},message:"must be string,null"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data.observed_ref !== undefined){
let data3 = data.observed_ref;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/observed_ref",schemaPath:"#/properties/observed_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/observed_ref",schemaPath:"#/properties/observed_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
if(data.observed_commit_sha !== undefined){
let data4 = data.observed_commit_sha;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/observed_commit_sha",schemaPath:"#/properties/observed_commit_sha/type",keyword:"type",params:{type: schema45.properties.observed_commit_sha.type},message:"must be string,null"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.observed_at !== undefined){
let data5 = data.observed_at;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/observed_at",schemaPath:"#/properties/observed_at/type",keyword:"type",params:{type: schema45.properties.observed_at.type},message:"must be string,null"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
if(data.path !== undefined){
let data6 = data.path;
if((typeof data6 !== "string") && (data6 !== null)){
const err12 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: schema45.properties.path.type},message:"must be string,null"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
if(data.range !== undefined){
let data7 = data.range;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
const err13 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: schema45.properties.range.type},message:"must be object,null"};
vErrors = pushError(vErrors, err13);
errors++;
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.start_line === undefined){
const err14 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/required",keyword:"required",params:{missingProperty: "start_line"},message:"must have required property '"+"start_line"+"'"};
vErrors = pushError(vErrors, err14);
errors++;
}
if(data7.end_line === undefined){
const err15 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/required",keyword:"required",params:{missingProperty: "end_line"},message:"must have required property '"+"end_line"+"'"};
vErrors = pushError(vErrors, err15);
errors++;
}
if(data7.start_line !== undefined){
let data8 = data7.start_line;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err16 = {instancePath:instancePath+"/range/start_line",schemaPath:"#/properties/range/properties/start_line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err16);
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/range/start_line",schemaPath:"#/properties/range/properties/start_line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
}
if(data7.end_line !== undefined){
let data9 = data7.end_line;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err18 = {instancePath:instancePath+"/range/end_line",schemaPath:"#/properties/range/properties/end_line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err18);
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/range/end_line",schemaPath:"#/properties/range/properties/end_line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
}
}
}
if(data.survival_state !== undefined){
let data10 = data.survival_state;
if(!(((((data10 === "alive") || (data10 === "modified")) || (data10 === "lost")) || (data10 === "never_committed")) || (data10 === "unknown"))){
const err20 = {instancePath:instancePath+"/survival_state",schemaPath:"#/properties/survival_state/enum",keyword:"enum",params:{allowedValues: schema45.properties.survival_state.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
if(data.retention_fraction !== undefined){
let data11 = data.retention_fraction;
if((!((typeof data11 == "number") && (isFinite(data11)))) && (data11 !== null)){
const err21 = {instancePath:instancePath+"/retention_fraction",schemaPath:"#/properties/retention_fraction/type",keyword:"type",params:{type: schema45.properties.retention_fraction.type},message:"must be number,null"};
vErrors = pushError(vErrors, err21);
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/retention_fraction",schemaPath:"#/properties/retention_fraction/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
vErrors = pushError(vErrors, err22);
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/retention_fraction",schemaPath:"#/properties/retention_fraction/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
}
if(data.evidence_tier !== undefined){
let data12 = data.evidence_tier;
if((typeof data12 !== "string") && (data12 !== null)){
const err24 = {instancePath:instancePath+"/evidence_tier",schemaPath:"#/properties/evidence_tier/type",keyword:"type",params:{type: schema45.properties.evidence_tier.type},message:"must be string,null"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
if(data.evidence_firmness !== undefined){
let data13 = data.evidence_firmness;
if((typeof data13 !== "string") && (data13 !== null)){
const err25 = {instancePath:instancePath+"/evidence_firmness",schemaPath:"#/properties/evidence_firmness/type",keyword:"type",params:{type: schema45.properties.evidence_firmness.type},message:"must be string,null"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
if(data.limitations !== undefined){
let data14 = data.limitations;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(typeof data14[i0] !== "string"){
const err26 = {instancePath:instancePath+"/limitations/" + i0,schemaPath:"#/properties/limitations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err26);
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/limitations",schemaPath:"#/properties/limitations/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err28);
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ContextNode = validate35;
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/context-node.json","allOf":[{"if":{"properties":{"branch_type":{"const":"root"}},"required":["branch_type"]},"then":{"properties":{"parent_node_id":{"type":"null"}}},"else":{"properties":{"parent_node_id":{"type":"string"}}}},{"if":{"properties":{"branch_type":{"const":"subagent_fork"}},"required":["branch_type"]},"then":{"properties":{"subagent_session_id":{"type":"string"}},"required":["subagent_session_id"]}}],"additionalProperties":true,"type":"object","required":["node_id","parent_node_id","branch_type","trace_id","transcript_uuid","transcript_offset","system_layer_id","messages_layer_id","tool_registry_layer_id","runtime_state_layer_id","capture_completeness"],"properties":{"node_id":{"pattern":"^sha256:[0-9a-f]{64}$","type":"string"},"parent_node_id":{"pattern":"^sha256:[0-9a-f]{64}$","type":["string","null"]},"branch_type":{"enum":["root","linear","compaction_fork","subagent_fork","rewind_branch","manual_branch"]},"trace_id":{"minLength":1,"type":"string"},"step_index":{"minimum":0,"type":["integer","null"]},"transcript_uuid":{"minLength":1,"type":"string"},"transcript_parent_uuid":{"type":["string","null"]},"transcript_offset":{"minimum":0,"type":"integer"},"system_layer_id":{"pattern":"^sha256:[0-9a-f]{64}$","type":"string"},"messages_layer_id":{"pattern":"^sha256:[0-9a-f]{64}$","type":"string"},"tool_registry_layer_id":{"pattern":"^sha256:[0-9a-f]{64}$","type":"string"},"runtime_state_layer_id":{"pattern":"^sha256:[0-9a-f]{64}$","type":"string"},"subagent_session_id":{"minLength":1,"type":["string","null"]},"trail_anchor_hint":{"type":["object","null"],"patternProperties":{"^(.*)$":{}}},"capture_completeness":{"enum":["full","approximated","stub"]},"CONTEXT_TREE_VERSION":{"type":"string"}},"title":"ContextNode"};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/context-node.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.branch_type === undefined) && (missing0 = "branch_type")){
const err0 = {};
vErrors = pushError(vErrors, err0);
errors++;
}
else {
if(data.branch_type !== undefined){
if("root" !== data.branch_type){
const err1 = {};
vErrors = pushError(vErrors, err1);
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.parent_node_id !== undefined){
if(data.parent_node_id !== null){
const err2 = {instancePath:instancePath+"/parent_node_id",schemaPath:"#/allOf/0/then/properties/parent_node_id/type",keyword:"type",params:{type: "null"},message:"must be null"};
vErrors = pushError(vErrors, err2);
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.parent_node_id = true;
props0.branch_type = true;
}
ifClause0 = "then";
}
else {
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.parent_node_id !== undefined){
if(typeof data.parent_node_id !== "string"){
const err3 = {instancePath:instancePath+"/parent_node_id",schemaPath:"#/allOf/0/else/properties/parent_node_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err3);
errors++;
}
}
}
var _valid0 = _errs8 === errors;
valid1 = _valid0;
if(valid1){
if(props0 !== true){
props0 = props0 || {};
props0.parent_node_id = true;
}
}
ifClause0 = "else";
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
vErrors = pushError(vErrors, err4);
errors++;
}
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.branch_type === undefined) && (missing1 = "branch_type")){
const err5 = {};
vErrors = pushError(vErrors, err5);
errors++;
}
else {
if(data.branch_type !== undefined){
if("subagent_fork" !== data.branch_type){
const err6 = {};
vErrors = pushError(vErrors, err6);
errors++;
}
}
}
}
var _valid1 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.subagent_session_id === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "subagent_session_id"},message:"must have required property '"+"subagent_session_id"+"'"};
vErrors = pushError(vErrors, err7);
errors++;
}
if(data.subagent_session_id !== undefined){
if(typeof data.subagent_session_id !== "string"){
const err8 = {instancePath:instancePath+"/subagent_session_id",schemaPath:"#/allOf/1/then/properties/subagent_session_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
}
var _valid1 = _errs15 === errors;
valid5 = _valid1;
if(valid5){
var props1 = {};
props1.subagent_session_id = true;
props1.branch_type = true;
}
}
if(!valid5){
const err9 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
vErrors = pushError(vErrors, err9);
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.node_id === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node_id"},message:"must have required property '"+"node_id"+"'"};
vErrors = pushError(vErrors, err10);
errors++;
}
if(data.parent_node_id === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parent_node_id"},message:"must have required property '"+"parent_node_id"+"'"};
vErrors = pushError(vErrors, err11);
errors++;
}
if(data.branch_type === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "branch_type"},message:"must have required property '"+"branch_type"+"'"};
vErrors = pushError(vErrors, err12);
errors++;
}
if(data.trace_id === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err13);
errors++;
}
if(data.transcript_uuid === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transcript_uuid"},message:"must have required property '"+"transcript_uuid"+"'"};
vErrors = pushError(vErrors, err14);
errors++;
}
if(data.transcript_offset === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transcript_offset"},message:"must have required property '"+"transcript_offset"+"'"};
vErrors = pushError(vErrors, err15);
errors++;
}
if(data.system_layer_id === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "system_layer_id"},message:"must have required property '"+"system_layer_id"+"'"};
vErrors = pushError(vErrors, err16);
errors++;
}
if(data.messages_layer_id === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "messages_layer_id"},message:"must have required property '"+"messages_layer_id"+"'"};
vErrors = pushError(vErrors, err17);
errors++;
}
if(data.tool_registry_layer_id === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tool_registry_layer_id"},message:"must have required property '"+"tool_registry_layer_id"+"'"};
vErrors = pushError(vErrors, err18);
errors++;
}
if(data.runtime_state_layer_id === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runtime_state_layer_id"},message:"must have required property '"+"runtime_state_layer_id"+"'"};
vErrors = pushError(vErrors, err19);
errors++;
}
if(data.capture_completeness === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capture_completeness"},message:"must have required property '"+"capture_completeness"+"'"};
vErrors = pushError(vErrors, err20);
errors++;
}
if(data.node_id !== undefined){
let data5 = data.node_id;
if(typeof data5 === "string"){
if(!pattern30.test(data5)){
const err21 = {instancePath:instancePath+"/node_id",schemaPath:"#/properties/node_id/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
vErrors = pushError(vErrors, err21);
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/node_id",schemaPath:"#/properties/node_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
if(data.parent_node_id !== undefined){
let data6 = data.parent_node_id;
if((typeof data6 !== "string") && (data6 !== null)){
const err23 = {instancePath:instancePath+"/parent_node_id",schemaPath:"#/properties/parent_node_id/type",keyword:"type",params:{type: schema46.properties.parent_node_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err23);
errors++;
}
if(typeof data6 === "string"){
if(!pattern30.test(data6)){
const err24 = {instancePath:instancePath+"/parent_node_id",schemaPath:"#/properties/parent_node_id/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
vErrors = pushError(vErrors, err24);
errors++;
}
}
}
if(data.branch_type !== undefined){
let data7 = data.branch_type;
if(!((((((data7 === "root") || (data7 === "linear")) || (data7 === "compaction_fork")) || (data7 === "subagent_fork")) || (data7 === "rewind_branch")) || (data7 === "manual_branch"))){
const err25 = {instancePath:instancePath+"/branch_type",schemaPath:"#/properties/branch_type/enum",keyword:"enum",params:{allowedValues: schema46.properties.branch_type.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
if(data.trace_id !== undefined){
let data8 = data.trace_id;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err26 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err26);
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
if(data.step_index !== undefined){
let data9 = data.step_index;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err28 = {instancePath:instancePath+"/step_index",schemaPath:"#/properties/step_index/type",keyword:"type",params:{type: schema46.properties.step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err28);
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/step_index",schemaPath:"#/properties/step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
}
if(data.transcript_uuid !== undefined){
let data10 = data.transcript_uuid;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err30 = {instancePath:instancePath+"/transcript_uuid",schemaPath:"#/properties/transcript_uuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err30);
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/transcript_uuid",schemaPath:"#/properties/transcript_uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
if(data.transcript_parent_uuid !== undefined){
let data11 = data.transcript_parent_uuid;
if((typeof data11 !== "string") && (data11 !== null)){
const err32 = {instancePath:instancePath+"/transcript_parent_uuid",schemaPath:"#/properties/transcript_parent_uuid/type",keyword:"type",params:{type: schema46.properties.transcript_parent_uuid.type},message:"must be string,null"};
vErrors = pushError(vErrors, err32);
errors++;
}
}
if(data.transcript_offset !== undefined){
let data12 = data.transcript_offset;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err33 = {instancePath:instancePath+"/transcript_offset",schemaPath:"#/properties/transcript_offset/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err33);
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err34 = {instancePath:instancePath+"/transcript_offset",schemaPath:"#/properties/transcript_offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err34);
errors++;
}
}
}
if(data.system_layer_id !== undefined){
let data13 = data.system_layer_id;
if(typeof data13 === "string"){
if(!pattern30.test(data13)){
const err35 = {instancePath:instancePath+"/system_layer_id",schemaPath:"#/properties/system_layer_id/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
vErrors = pushError(vErrors, err35);
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/system_layer_id",schemaPath:"#/properties/system_layer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err36);
errors++;
}
}
if(data.messages_layer_id !== undefined){
let data14 = data.messages_layer_id;
if(typeof data14 === "string"){
if(!pattern30.test(data14)){
const err37 = {instancePath:instancePath+"/messages_layer_id",schemaPath:"#/properties/messages_layer_id/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
vErrors = pushError(vErrors, err37);
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/messages_layer_id",schemaPath:"#/properties/messages_layer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err38);
errors++;
}
}
if(data.tool_registry_layer_id !== undefined){
let data15 = data.tool_registry_layer_id;
if(typeof data15 === "string"){
if(!pattern30.test(data15)){
const err39 = {instancePath:instancePath+"/tool_registry_layer_id",schemaPath:"#/properties/tool_registry_layer_id/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
vErrors = pushError(vErrors, err39);
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/tool_registry_layer_id",schemaPath:"#/properties/tool_registry_layer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err40);
errors++;
}
}
if(data.runtime_state_layer_id !== undefined){
let data16 = data.runtime_state_layer_id;
if(typeof data16 === "string"){
if(!pattern30.test(data16)){
const err41 = {instancePath:instancePath+"/runtime_state_layer_id",schemaPath:"#/properties/runtime_state_layer_id/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
vErrors = pushError(vErrors, err41);
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/runtime_state_layer_id",schemaPath:"#/properties/runtime_state_layer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err42);
errors++;
}
}
if(data.subagent_session_id !== undefined){
let data17 = data.subagent_session_id;
if((typeof data17 !== "string") && (data17 !== null)){
const err43 = {instancePath:instancePath+"/subagent_session_id",schemaPath:"#/properties/subagent_session_id/type",keyword:"type",params:{type: schema46.properties.subagent_session_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err43);
errors++;
}
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err44 = {instancePath:instancePath+"/subagent_session_id",schemaPath:"#/properties/subagent_session_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err44);
errors++;
}
}
}
if(data.trail_anchor_hint !== undefined){
let data18 = data.trail_anchor_hint;
if((!(data18 && typeof data18 == "object" && !Array.isArray(data18))) && (data18 !== null)){
const err45 = {instancePath:instancePath+"/trail_anchor_hint",schemaPath:"#/properties/trail_anchor_hint/type",keyword:"type",params:{type: schema46.properties.trail_anchor_hint.type},message:"must be object,null"};
vErrors = pushError(vErrors, err45);
errors++;
}
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
var props2 = {};
for(const key0 in data18){
if(pattern4.test(key0)){
props2[key0] = true;
}
}
}
}
if(data.capture_completeness !== undefined){
let data19 = data.capture_completeness;
if(!(((data19 === "full") || (data19 === "approximated")) || (data19 === "stub"))){
const err46 = {instancePath:instancePath+"/capture_completeness",schemaPath:"#/properties/capture_completeness/enum",keyword:"enum",params:{allowedValues: schema46.properties.capture_completeness.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err46);
errors++;
}
}
if(data.CONTEXT_TREE_VERSION !== undefined){
if(typeof data.CONTEXT_TREE_VERSION !== "string"){
const err47 = {instancePath:instancePath+"/CONTEXT_TREE_VERSION",schemaPath:"#/properties/CONTEXT_TREE_VERSION/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err48);
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ContextLayer = validate36;
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/context-layer.json","additionalProperties":true,"type":"object","required":["layer_id","layer_type","content","completeness","capture_method"],"properties":{"layer_id":{"pattern":"^sha256:[0-9a-f]{64}$","type":"string"},"layer_type":{"enum":["system","messages","tool_registry","runtime_state"]},"content":{"type":"object","patternProperties":{"^(.*)$":{}}},"completeness":{"enum":["full","approximated","stub"]},"capture_method":{"enum":["live_capture","transcript_reconstruction","hardcoded_template","proxy","otel"]},"CONTEXT_TREE_VERSION":{"type":"string"}},"title":"ContextLayer"};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/context-layer.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.layer_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer_id"},message:"must have required property '"+"layer_id"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.layer_type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer_type"},message:"must have required property '"+"layer_type"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.completeness === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completeness"},message:"must have required property '"+"completeness"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.capture_method === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capture_method"},message:"must have required property '"+"capture_method"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.layer_id !== undefined){
let data0 = data.layer_id;
if(typeof data0 === "string"){
if(!pattern30.test(data0)){
const err5 = {instancePath:instancePath+"/layer_id",schemaPath:"#/properties/layer_id/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
vErrors = pushError(vErrors, err5);
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/layer_id",schemaPath:"#/properties/layer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
if(data.layer_type !== undefined){
let data1 = data.layer_type;
if(!((((data1 === "system") || (data1 === "messages")) || (data1 === "tool_registry")) || (data1 === "runtime_state"))){
const err7 = {instancePath:instancePath+"/layer_type",schemaPath:"#/properties/layer_type/enum",keyword:"enum",params:{allowedValues: schema47.properties.layer_type.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data.content !== undefined){
let data2 = data.content;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
var props0 = {};
for(const key0 in data2){
if(pattern4.test(key0)){
props0[key0] = true;
}
}
}
else {
const err8 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
if(data.completeness !== undefined){
let data3 = data.completeness;
if(!(((data3 === "full") || (data3 === "approximated")) || (data3 === "stub"))){
const err9 = {instancePath:instancePath+"/completeness",schemaPath:"#/properties/completeness/enum",keyword:"enum",params:{allowedValues: schema47.properties.completeness.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
if(data.capture_method !== undefined){
let data4 = data.capture_method;
if(!(((((data4 === "live_capture") || (data4 === "transcript_reconstruction")) || (data4 === "hardcoded_template")) || (data4 === "proxy")) || (data4 === "otel"))){
const err10 = {instancePath:instancePath+"/capture_method",schemaPath:"#/properties/capture_method/enum",keyword:"enum",params:{allowedValues: schema47.properties.capture_method.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.CONTEXT_TREE_VERSION !== undefined){
if(typeof data.CONTEXT_TREE_VERSION !== "string"){
const err11 = {instancePath:instancePath+"/CONTEXT_TREE_VERSION",schemaPath:"#/properties/CONTEXT_TREE_VERSION/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err12);
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const EnvelopeBase = validate37;
const schema48 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/envelope-base.json","additionalProperties":true,"type":"object","required":["status","next_steps","next_command"],"properties":{"status":{"enum":["ok","error","needs_action","needs_judgment","maintenance_needed","blocked"]},"next_steps":{"type":"array","items":{"type":"string"}},"next_command":{"type":["string","null"]}},"title":"EnvelopeBase"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/envelope-base.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.next_steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_steps"},message:"must have required property '"+"next_steps"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.next_command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_command"},message:"must have required property '"+"next_command"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!((((((data0 === "ok") || (data0 === "error")) || (data0 === "needs_action")) || (data0 === "needs_judgment")) || (data0 === "maintenance_needed")) || (data0 === "blocked"))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema48.properties.status.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err3);
errors++;
}
}
if(data.next_steps !== undefined){
let data1 = data.next_steps;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err4 = {instancePath:instancePath+"/next_steps/" + i0,schemaPath:"#/properties/next_steps/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err4);
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/next_steps",schemaPath:"#/properties/next_steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err5);
errors++;
}
}
if(data.next_command !== undefined){
let data3 = data.next_command;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/next_command",schemaPath:"#/properties/next_command/type",keyword:"type",params:{type: schema48.properties.next_command.type},message:"must be string,null"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err7);
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ErrorEnvelope = validate38;
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/error-envelope.json","additionalProperties":true,"type":"object","required":["status","next_steps","next_command","error"],"properties":{"status":{"const":"error","type":"string"},"next_steps":{"type":"array","items":{"type":"string"}},"next_command":{"type":["string","null"]},"error":{"title":"ErrorBody","additionalProperties":true,"type":"object","required":["code","kind","message","hint","retryable"],"properties":{"code":{"pattern":"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$","type":"string"},"kind":{"enum":["failure","usage","config","auth","network","conflict","corruption","not_found","busy","needs_judgment"]},"message":{"minLength":1,"type":"string"},"hint":{"type":"string"},"retryable":{"type":"boolean"},"data":{"type":"object","patternProperties":{"^(.*)$":{}}}}}},"title":"ErrorEnvelope"};
const pattern40 = new RegExp("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/error-envelope.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.next_steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_steps"},message:"must have required property '"+"next_steps"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.next_command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_command"},message:"must have required property '"+"next_command"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.error === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err4);
errors++;
}
if("error" !== data0){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err5);
errors++;
}
}
if(data.next_steps !== undefined){
let data1 = data.next_steps;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err6 = {instancePath:instancePath+"/next_steps/" + i0,schemaPath:"#/properties/next_steps/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/next_steps",schemaPath:"#/properties/next_steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data.next_command !== undefined){
let data3 = data.next_command;
if((typeof data3 !== "string") && (data3 !== null)){
const err8 = {instancePath:instancePath+"/next_command",schemaPath:"#/properties/next_command/type",keyword:"type",params:{type: schema49.properties.next_command.type},message:"must be string,null"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
if(data.error !== undefined){
let data4 = data.error;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.code === undefined){
const err9 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
vErrors = pushError(vErrors, err9);
errors++;
}
if(data4.kind === undefined){
const err10 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
vErrors = pushError(vErrors, err10);
errors++;
}
if(data4.message === undefined){
const err11 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
vErrors = pushError(vErrors, err11);
errors++;
}
if(data4.hint === undefined){
const err12 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "hint"},message:"must have required property '"+"hint"+"'"};
vErrors = pushError(vErrors, err12);
errors++;
}
if(data4.retryable === undefined){
const err13 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: "retryable"},message:"must have required property '"+"retryable"+"'"};
vErrors = pushError(vErrors, err13);
errors++;
}
if(data4.code !== undefined){
let data5 = data4.code;
if(typeof data5 === "string"){
if(!pattern40.test(data5)){
const err14 = {instancePath:instancePath+"/error/code",schemaPath:"#/properties/error/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$"+"\""};
vErrors = pushError(vErrors, err14);
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/error/code",schemaPath:"#/properties/error/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data4.kind !== undefined){
let data6 = data4.kind;
if(!((((((((((data6 === "failure") || (data6 === "usage")) || (data6 === "config")) || (data6 === "auth")) || (data6 === "network")) || (data6 === "conflict")) || (data6 === "corruption")) || (data6 === "not_found")) || (data6 === "busy")) || (data6 === "needs_judgment"))){
const err16 = {instancePath:instancePath+"/error/kind",schemaPath:"#/properties/error/properties/kind/enum",keyword:"enum",params:{allowedValues: schema49.properties.error.properties.kind.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data4.message !== undefined){
let data7 = data4.message;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err17 = {instancePath:instancePath+"/error/message",schemaPath:"#/properties/error/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/error/message",schemaPath:"#/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
if(data4.hint !== undefined){
if(typeof data4.hint !== "string"){
const err19 = {instancePath:instancePath+"/error/hint",schemaPath:"#/properties/error/properties/hint/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
if(data4.retryable !== undefined){
if(typeof data4.retryable !== "boolean"){
const err20 = {instancePath:instancePath+"/error/retryable",schemaPath:"#/properties/error/properties/retryable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
if(data4.data !== undefined){
let data10 = data4.data;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
var props0 = {};
for(const key0 in data10){
if(pattern4.test(key0)){
props0[key0] = true;
}
}
}
else {
const err21 = {instancePath:instancePath+"/error/data",schemaPath:"#/properties/error/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err23);
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ContextWasteEnvelope = validate39;
const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/context-waste-envelope.json","additionalProperties":true,"type":"object","required":["status","next_steps","next_command","schema_version","trace_id","fidelity","thresholds","findings","summary","limitations"],"properties":{"status":{"enum":["ok","error","needs_action","needs_judgment","maintenance_needed","blocked"]},"next_steps":{"type":"array","items":{"type":"string"}},"next_command":{"type":["string","null"]},"schema_version":{"const":"opentraces.context_waste.v2","type":"string"},"trace_id":{"minLength":1,"type":"string"},"fidelity":{"enum":["record","otel"]},"thresholds":{"additionalProperties":true,"type":"object","required":["large_output_chars","file_read_window_minutes","file_read_repeat_threshold","search_window_minutes","search_repeat_threshold"],"properties":{"large_output_chars":{"minimum":0,"type":"integer"},"file_read_window_minutes":{"minimum":0,"type":"integer"},"file_read_repeat_threshold":{"minimum":0,"type":"integer"},"search_window_minutes":{"minimum":0,"type":"integer"},"search_repeat_threshold":{"minimum":0,"type":"integer"}}},"findings":{"type":"array","items":{"additionalProperties":true,"type":"object","required":["finding_id","kind","pattern","severity","confidence","reason","step_index","node_id","evidence"],"properties":{"finding_id":{"minLength":1,"type":"string"},"kind":{"const":"context_waste","type":"string"},"pattern":{"enum":["large_output","repeated_file_read","repeated_search"]},"severity":{"enum":["low","medium","high"]},"confidence":{"minimum":0,"maximum":1,"type":"number"},"reason":{"type":"string"},"step_index":{"minimum":0,"type":["integer","null"]},"node_id":{"type":["string","null"]},"evidence":{"type":"object","patternProperties":{"^(.*)$":{}}}}}},"summary":{"additionalProperties":true,"type":"object","required":["context_waste_count","large_output_count","repeated_file_read_count","repeated_search_count"],"properties":{"context_waste_count":{"minimum":0,"type":"integer"},"large_output_count":{"minimum":0,"type":"integer"},"repeated_file_read_count":{"minimum":0,"type":"integer"},"repeated_search_count":{"minimum":0,"type":"integer"}}},"limitations":{"type":"array","items":{"type":"string"}}},"title":"ContextWasteEnvelope"};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/context-waste-envelope.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.next_steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_steps"},message:"must have required property '"+"next_steps"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.next_command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_command"},message:"must have required property '"+"next_command"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.schema_version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.trace_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.fidelity === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fidelity"},message:"must have required property '"+"fidelity"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(data.thresholds === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "thresholds"},message:"must have required property '"+"thresholds"+"'"};
vErrors = pushError(vErrors, err6);
errors++;
}
if(data.findings === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};
vErrors = pushError(vErrors, err7);
errors++;
}
if(data.summary === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
vErrors = pushError(vErrors, err8);
errors++;
}
if(data.limitations === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limitations"},message:"must have required property '"+"limitations"+"'"};
vErrors = pushError(vErrors, err9);
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!((((((data0 === "ok") || (data0 === "error")) || (data0 === "needs_action")) || (data0 === "needs_judgment")) || (data0 === "maintenance_needed")) || (data0 === "blocked"))){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema50.properties.status.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.next_steps !== undefined){
let data1 = data.next_steps;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err11 = {instancePath:instancePath+"/next_steps/" + i0,schemaPath:"#/properties/next_steps/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/next_steps",schemaPath:"#/properties/next_steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
if(data.next_command !== undefined){
let data3 = data.next_command;
if((typeof data3 !== "string") && (data3 !== null)){
const err13 = {instancePath:instancePath+"/next_command",schemaPath:"#/properties/next_command/type",keyword:"type",params:{type: schema50.properties.next_command.type},message:"must be string,null"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data.schema_version !== undefined){
let data4 = data.schema_version;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err14);
errors++;
}
if("opentraces.context_waste.v2" !== data4){
const err15 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "opentraces.context_waste.v2"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data.trace_id !== undefined){
let data5 = data.trace_id;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err16 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
if(data.fidelity !== undefined){
let data6 = data.fidelity;
if(!((data6 === "record") || (data6 === "otel"))){
const err18 = {instancePath:instancePath+"/fidelity",schemaPath:"#/properties/fidelity/enum",keyword:"enum",params:{allowedValues: schema50.properties.fidelity.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
if(data.thresholds !== undefined){
let data7 = data.thresholds;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.large_output_chars === undefined){
const err19 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "large_output_chars"},message:"must have required property '"+"large_output_chars"+"'"};
vErrors = pushError(vErrors, err19);
errors++;
}
if(data7.file_read_window_minutes === undefined){
const err20 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "file_read_window_minutes"},message:"must have required property '"+"file_read_window_minutes"+"'"};
vErrors = pushError(vErrors, err20);
errors++;
}
if(data7.file_read_repeat_threshold === undefined){
const err21 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "file_read_repeat_threshold"},message:"must have required property '"+"file_read_repeat_threshold"+"'"};
vErrors = pushError(vErrors, err21);
errors++;
}
if(data7.search_window_minutes === undefined){
const err22 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "search_window_minutes"},message:"must have required property '"+"search_window_minutes"+"'"};
vErrors = pushError(vErrors, err22);
errors++;
}
if(data7.search_repeat_threshold === undefined){
const err23 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "search_repeat_threshold"},message:"must have required property '"+"search_repeat_threshold"+"'"};
vErrors = pushError(vErrors, err23);
errors++;
}
if(data7.large_output_chars !== undefined){
let data8 = data7.large_output_chars;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err24 = {instancePath:instancePath+"/thresholds/large_output_chars",schemaPath:"#/properties/thresholds/properties/large_output_chars/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err24);
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/thresholds/large_output_chars",schemaPath:"#/properties/thresholds/properties/large_output_chars/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
}
if(data7.file_read_window_minutes !== undefined){
let data9 = data7.file_read_window_minutes;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/thresholds/file_read_window_minutes",schemaPath:"#/properties/thresholds/properties/file_read_window_minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err26);
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/thresholds/file_read_window_minutes",schemaPath:"#/properties/thresholds/properties/file_read_window_minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
}
if(data7.file_read_repeat_threshold !== undefined){
let data10 = data7.file_read_repeat_threshold;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err28 = {instancePath:instancePath+"/thresholds/file_read_repeat_threshold",schemaPath:"#/properties/thresholds/properties/file_read_repeat_threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err28);
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err29 = {instancePath:instancePath+"/thresholds/file_read_repeat_threshold",schemaPath:"#/properties/thresholds/properties/file_read_repeat_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
}
if(data7.search_window_minutes !== undefined){
let data11 = data7.search_window_minutes;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err30 = {instancePath:instancePath+"/thresholds/search_window_minutes",schemaPath:"#/properties/thresholds/properties/search_window_minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err30);
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err31 = {instancePath:instancePath+"/thresholds/search_window_minutes",schemaPath:"#/properties/thresholds/properties/search_window_minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
}
if(data7.search_repeat_threshold !== undefined){
let data12 = data7.search_repeat_threshold;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err32 = {instancePath:instancePath+"/thresholds/search_repeat_threshold",schemaPath:"#/properties/thresholds/properties/search_repeat_threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err32);
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err33 = {instancePath:instancePath+"/thresholds/search_repeat_threshold",schemaPath:"#/properties/thresholds/properties/search_repeat_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err33);
errors++;
}
}
}
}
else {
const err34 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err34);
errors++;
}
}
if(data.findings !== undefined){
let data13 = data.findings;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.finding_id === undefined){
const err35 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "finding_id"},message:"must have required property '"+"finding_id"+"'"};
vErrors = pushError(vErrors, err35);
errors++;
}
if(data14.kind === undefined){
const err36 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
vErrors = pushError(vErrors, err36);
errors++;
}
if(data14.pattern === undefined){
const err37 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};
vErrors = pushError(vErrors, err37);
errors++;
}
if(data14.severity === undefined){
const err38 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
vErrors = pushError(vErrors, err38);
errors++;
}
if(data14.confidence === undefined){
const err39 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};
vErrors = pushError(vErrors, err39);
errors++;
}
if(data14.reason === undefined){
const err40 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
vErrors = pushError(vErrors, err40);
errors++;
}
if(data14.step_index === undefined){
const err41 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "step_index"},message:"must have required property '"+"step_index"+"'"};
vErrors = pushError(vErrors, err41);
errors++;
}
if(data14.node_id === undefined){
const err42 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "node_id"},message:"must have required property '"+"node_id"+"'"};
vErrors = pushError(vErrors, err42);
errors++;
}
if(data14.evidence === undefined){
const err43 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
vErrors = pushError(vErrors, err43);
errors++;
}
if(data14.finding_id !== undefined){
let data15 = data14.finding_id;
if(typeof data15 === "string"){
if(func1(data15) < 1){
const err44 = {instancePath:instancePath+"/findings/" + i1+"/finding_id",schemaPath:"#/properties/findings/items/properties/finding_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err44);
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/findings/" + i1+"/finding_id",schemaPath:"#/properties/findings/items/properties/finding_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err45);
errors++;
}
}
if(data14.kind !== undefined){
let data16 = data14.kind;
if(typeof data16 !== "string"){
const err46 = {instancePath:instancePath+"/findings/" + i1+"/kind",schemaPath:"#/properties/findings/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err46);
errors++;
}
if("context_waste" !== data16){
const err47 = {instancePath:instancePath+"/findings/" + i1+"/kind",schemaPath:"#/properties/findings/items/properties/kind/const",keyword:"const",params:{allowedValue: "context_waste"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
if(data14.pattern !== undefined){
let data17 = data14.pattern;
if(!(((data17 === "large_output") || (data17 === "repeated_file_read")) || (data17 === "repeated_search"))){
const err48 = {instancePath:instancePath+"/findings/" + i1+"/pattern",schemaPath:"#/properties/findings/items/properties/pattern/enum",keyword:"enum",params:{allowedValues: schema50.properties.findings.items.properties.pattern.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err48);
errors++;
}
}
if(data14.severity !== undefined){
let data18 = data14.severity;
if(!(((data18 === "low") || (data18 === "medium")) || (data18 === "high"))){
const err49 = {instancePath:instancePath+"/findings/" + i1+"/severity",schemaPath:"#/properties/findings/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema50.properties.findings.items.properties.severity.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err49);
errors++;
}
}
if(data14.confidence !== undefined){
let data19 = data14.confidence;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 1 || isNaN(data19)){
const err50 = {instancePath:instancePath+"/findings/" + i1+"/confidence",schemaPath:"#/properties/findings/items/properties/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
vErrors = pushError(vErrors, err50);
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err51 = {instancePath:instancePath+"/findings/" + i1+"/confidence",schemaPath:"#/properties/findings/items/properties/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err51);
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/findings/" + i1+"/confidence",schemaPath:"#/properties/findings/items/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"};
vErrors = pushError(vErrors, err52);
errors++;
}
}
if(data14.reason !== undefined){
if(typeof data14.reason !== "string"){
const err53 = {instancePath:instancePath+"/findings/" + i1+"/reason",schemaPath:"#/properties/findings/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err53);
errors++;
}
}
if(data14.step_index !== undefined){
let data21 = data14.step_index;
if((!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) && (data21 !== null)){
const err54 = {instancePath:instancePath+"/findings/" + i1+"/step_index",schemaPath:"#/properties/findings/items/properties/step_index/type",keyword:"type",params:{type: schema50.properties.findings.items.properties.step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err54);
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err55 = {instancePath:instancePath+"/findings/" + i1+"/step_index",schemaPath:"#/properties/findings/items/properties/step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err55);
errors++;
}
}
}
if(data14.node_id !== undefined){
let data22 = data14.node_id;
if((typeof data22 !== "string") && (data22 !== null)){
const err56 = {instancePath:instancePath+"/findings/" + i1+"/node_id",schemaPath:"#/properties/findings/items/properties/node_id/type",keyword:"type",params:{type: schema50.properties.findings.items.properties.node_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err56);
errors++;
}
}
if(data14.evidence !== undefined){
let data23 = data14.evidence;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
var props0 = {};
for(const key0 in data23){
if(pattern4.test(key0)){
props0[key0] = true;
}
}
}
else {
const err57 = {instancePath:instancePath+"/findings/" + i1+"/evidence",schemaPath:"#/properties/findings/items/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err57);
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/findings/" + i1,schemaPath:"#/properties/findings/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err58);
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err59);
errors++;
}
}
if(data.summary !== undefined){
let data24 = data.summary;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.context_waste_count === undefined){
const err60 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "context_waste_count"},message:"must have required property '"+"context_waste_count"+"'"};
vErrors = pushError(vErrors, err60);
errors++;
}
if(data24.large_output_count === undefined){
const err61 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "large_output_count"},message:"must have required property '"+"large_output_count"+"'"};
vErrors = pushError(vErrors, err61);
errors++;
}
if(data24.repeated_file_read_count === undefined){
const err62 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "repeated_file_read_count"},message:"must have required property '"+"repeated_file_read_count"+"'"};
vErrors = pushError(vErrors, err62);
errors++;
}
if(data24.repeated_search_count === undefined){
const err63 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "repeated_search_count"},message:"must have required property '"+"repeated_search_count"+"'"};
vErrors = pushError(vErrors, err63);
errors++;
}
if(data24.context_waste_count !== undefined){
let data25 = data24.context_waste_count;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err64 = {instancePath:instancePath+"/summary/context_waste_count",schemaPath:"#/properties/summary/properties/context_waste_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err64);
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err65 = {instancePath:instancePath+"/summary/context_waste_count",schemaPath:"#/properties/summary/properties/context_waste_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err65);
errors++;
}
}
}
if(data24.large_output_count !== undefined){
let data26 = data24.large_output_count;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err66 = {instancePath:instancePath+"/summary/large_output_count",schemaPath:"#/properties/summary/properties/large_output_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err66);
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err67 = {instancePath:instancePath+"/summary/large_output_count",schemaPath:"#/properties/summary/properties/large_output_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err67);
errors++;
}
}
}
if(data24.repeated_file_read_count !== undefined){
let data27 = data24.repeated_file_read_count;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err68 = {instancePath:instancePath+"/summary/repeated_file_read_count",schemaPath:"#/properties/summary/properties/repeated_file_read_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err68);
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err69 = {instancePath:instancePath+"/summary/repeated_file_read_count",schemaPath:"#/properties/summary/properties/repeated_file_read_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err69);
errors++;
}
}
}
if(data24.repeated_search_count !== undefined){
let data28 = data24.repeated_search_count;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err70 = {instancePath:instancePath+"/summary/repeated_search_count",schemaPath:"#/properties/summary/properties/repeated_search_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err70);
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err71 = {instancePath:instancePath+"/summary/repeated_search_count",schemaPath:"#/properties/summary/properties/repeated_search_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err71);
errors++;
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err72);
errors++;
}
}
if(data.limitations !== undefined){
let data29 = data.limitations;
if(Array.isArray(data29)){
const len2 = data29.length;
for(let i2=0; i2<len2; i2++){
if(typeof data29[i2] !== "string"){
const err73 = {instancePath:instancePath+"/limitations/" + i2,schemaPath:"#/properties/limitations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err73);
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/limitations",schemaPath:"#/properties/limitations/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err74);
errors++;
}
}
}
else {
const err75 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err75);
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const RunIntelEnvelope = validate40;
const schema51 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/run-intel-envelope.json","additionalProperties":true,"type":"object","required":["status","next_steps","next_command","schema_version","trace_id","fidelity","signals","counts"],"properties":{"status":{"enum":["ok","error","needs_action","needs_judgment","maintenance_needed","blocked"]},"next_steps":{"type":"array","items":{"type":"string"}},"next_command":{"type":["string","null"]},"schema_version":{"const":"opentraces.run_intel.v1","type":"string"},"trace_id":{"minLength":1,"type":"string"},"fidelity":{"enum":["record","otel"]},"signals":{"type":"array","items":{"additionalProperties":true,"type":"object","required":["kind","severity","confidence","reason","step_index","node_id","matched_text","evidence_ref","evidence"],"properties":{"kind":{"enum":["resteer","recovery","loop","failure"]},"severity":{"enum":["info","medium","high"]},"confidence":{"minimum":0,"maximum":1,"type":"number"},"reason":{"type":"string"},"step_index":{"minimum":0,"type":["integer","null"]},"node_id":{"type":["string","null"]},"matched_text":{"type":"string"},"evidence_ref":{"type":"string"},"evidence":{"type":"object","patternProperties":{"^(.*)$":{}}}}}},"counts":{"additionalProperties":true,"type":"object","required":["resteer","recovery","loop","failure"],"properties":{"resteer":{"minimum":0,"type":"integer"},"recovery":{"minimum":0,"type":"integer"},"loop":{"minimum":0,"type":"integer"},"failure":{"minimum":0,"type":"integer"}}}},"title":"RunIntelEnvelope"};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/run-intel-envelope.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.next_steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_steps"},message:"must have required property '"+"next_steps"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.next_command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_command"},message:"must have required property '"+"next_command"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.schema_version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.trace_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.fidelity === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fidelity"},message:"must have required property '"+"fidelity"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(data.signals === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signals"},message:"must have required property '"+"signals"+"'"};
vErrors = pushError(vErrors, err6);
errors++;
}
if(data.counts === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'"};
vErrors = pushError(vErrors, err7);
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!((((((data0 === "ok") || (data0 === "error")) || (data0 === "needs_action")) || (data0 === "needs_judgment")) || (data0 === "maintenance_needed")) || (data0 === "blocked"))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema51.properties.status.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
if(data.next_steps !== undefined){
let data1 = data.next_steps;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err9 = {instancePath:instancePath+"/next_steps/" + i0,schemaPath:"#/properties/next_steps/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/next_steps",schemaPath:"#/properties/next_steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.next_command !== undefined){
let data3 = data.next_command;
if((typeof data3 !== "string") && (data3 !== null)){
const err11 = {instancePath:instancePath+"/next_command",schemaPath:"#/properties/next_command/type",keyword:"type",params:{type: schema51.properties.next_command.type},message:"must be string,null"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
if(data.schema_version !== undefined){
let data4 = data.schema_version;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err12);
errors++;
}
if("opentraces.run_intel.v1" !== data4){
const err13 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "opentraces.run_intel.v1"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data.trace_id !== undefined){
let data5 = data.trace_id;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err14 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data.fidelity !== undefined){
let data6 = data.fidelity;
if(!((data6 === "record") || (data6 === "otel"))){
const err16 = {instancePath:instancePath+"/fidelity",schemaPath:"#/properties/fidelity/enum",keyword:"enum",params:{allowedValues: schema51.properties.fidelity.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data.signals !== undefined){
let data7 = data.signals;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.kind === undefined){
const err17 = {instancePath:instancePath+"/signals/" + i1,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
vErrors = pushError(vErrors, err17);
errors++;
}
if(data8.severity === undefined){
const err18 = {instancePath:instancePath+"/signals/" + i1,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
vErrors = pushError(vErrors, err18);
errors++;
}
if(data8.confidence === undefined){
const err19 = {instancePath:instancePath+"/signals/" + i1,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};
vErrors = pushError(vErrors, err19);
errors++;
}
if(data8.reason === undefined){
const err20 = {instancePath:instancePath+"/signals/" + i1,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
vErrors = pushError(vErrors, err20);
errors++;
}
if(data8.step_index === undefined){
const err21 = {instancePath:instancePath+"/signals/" + i1,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "step_index"},message:"must have required property '"+"step_index"+"'"};
vErrors = pushError(vErrors, err21);
errors++;
}
if(data8.node_id === undefined){
const err22 = {instancePath:instancePath+"/signals/" + i1,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "node_id"},message:"must have required property '"+"node_id"+"'"};
vErrors = pushError(vErrors, err22);
errors++;
}
if(data8.matched_text === undefined){
const err23 = {instancePath:instancePath+"/signals/" + i1,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "matched_text"},message:"must have required property '"+"matched_text"+"'"};
vErrors = pushError(vErrors, err23);
errors++;
}
if(data8.evidence_ref === undefined){
const err24 = {instancePath:instancePath+"/signals/" + i1,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "evidence_ref"},message:"must have required property '"+"evidence_ref"+"'"};
vErrors = pushError(vErrors, err24);
errors++;
}
if(data8.evidence === undefined){
const err25 = {instancePath:instancePath+"/signals/" + i1,schemaPath:"#/properties/signals/items/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
vErrors = pushError(vErrors, err25);
errors++;
}
if(data8.kind !== undefined){
let data9 = data8.kind;
if(!((((data9 === "resteer") || (data9 === "recovery")) || (data9 === "loop")) || (data9 === "failure"))){
const err26 = {instancePath:instancePath+"/signals/" + i1+"/kind",schemaPath:"#/properties/signals/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema51.properties.signals.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err26);
errors++;
}
}
if(data8.severity !== undefined){
let data10 = data8.severity;
if(!(((data10 === "info") || (data10 === "medium")) || (data10 === "high"))){
const err27 = {instancePath:instancePath+"/signals/" + i1+"/severity",schemaPath:"#/properties/signals/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema51.properties.signals.items.properties.severity.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
if(data8.confidence !== undefined){
let data11 = data8.confidence;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1 || isNaN(data11)){
const err28 = {instancePath:instancePath+"/signals/" + i1+"/confidence",schemaPath:"#/properties/signals/items/properties/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
vErrors = pushError(vErrors, err28);
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err29 = {instancePath:instancePath+"/signals/" + i1+"/confidence",schemaPath:"#/properties/signals/items/properties/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/signals/" + i1+"/confidence",schemaPath:"#/properties/signals/items/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"};
vErrors = pushError(vErrors, err30);
errors++;
}
}
if(data8.reason !== undefined){
if(typeof data8.reason !== "string"){
const err31 = {instancePath:instancePath+"/signals/" + i1+"/reason",schemaPath:"#/properties/signals/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
if(data8.step_index !== undefined){
let data13 = data8.step_index;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
const err32 = {instancePath:instancePath+"/signals/" + i1+"/step_index",schemaPath:"#/properties/signals/items/properties/step_index/type",keyword:"type",params:{type: schema51.properties.signals.items.properties.step_index.type},message:"must be integer,null"};
vErrors = pushError(vErrors, err32);
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err33 = {instancePath:instancePath+"/signals/" + i1+"/step_index",schemaPath:"#/properties/signals/items/properties/step_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err33);
errors++;
}
}
}
if(data8.node_id !== undefined){
let data14 = data8.node_id;
if((typeof data14 !== "string") && (data14 !== null)){
const err34 = {instancePath:instancePath+"/signals/" + i1+"/node_id",schemaPath:"#/properties/signals/items/properties/node_id/type",keyword:"type",params:{type: schema51.properties.signals.items.properties.node_id.type},message:"must be string,null"};
vErrors = pushError(vErrors, err34);
errors++;
}
}
if(data8.matched_text !== undefined){
if(typeof data8.matched_text !== "string"){
const err35 = {instancePath:instancePath+"/signals/" + i1+"/matched_text",schemaPath:"#/properties/signals/items/properties/matched_text/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err35);
errors++;
}
}
if(data8.evidence_ref !== undefined){
if(typeof data8.evidence_ref !== "string"){
const err36 = {instancePath:instancePath+"/signals/" + i1+"/evidence_ref",schemaPath:"#/properties/signals/items/properties/evidence_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err36);
errors++;
}
}
if(data8.evidence !== undefined){
let data17 = data8.evidence;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
var props0 = {};
for(const key0 in data17){
if(pattern4.test(key0)){
props0[key0] = true;
}
}
}
else {
const err37 = {instancePath:instancePath+"/signals/" + i1+"/evidence",schemaPath:"#/properties/signals/items/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err37);
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/signals/" + i1,schemaPath:"#/properties/signals/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err38);
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/signals",schemaPath:"#/properties/signals/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err39);
errors++;
}
}
if(data.counts !== undefined){
let data18 = data.counts;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.resteer === undefined){
const err40 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "resteer"},message:"must have required property '"+"resteer"+"'"};
vErrors = pushError(vErrors, err40);
errors++;
}
if(data18.recovery === undefined){
const err41 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "recovery"},message:"must have required property '"+"recovery"+"'"};
vErrors = pushError(vErrors, err41);
errors++;
}
if(data18.loop === undefined){
const err42 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "loop"},message:"must have required property '"+"loop"+"'"};
vErrors = pushError(vErrors, err42);
errors++;
}
if(data18.failure === undefined){
const err43 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "failure"},message:"must have required property '"+"failure"+"'"};
vErrors = pushError(vErrors, err43);
errors++;
}
if(data18.resteer !== undefined){
let data19 = data18.resteer;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err44 = {instancePath:instancePath+"/counts/resteer",schemaPath:"#/properties/counts/properties/resteer/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err44);
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err45 = {instancePath:instancePath+"/counts/resteer",schemaPath:"#/properties/counts/properties/resteer/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err45);
errors++;
}
}
}
if(data18.recovery !== undefined){
let data20 = data18.recovery;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err46 = {instancePath:instancePath+"/counts/recovery",schemaPath:"#/properties/counts/properties/recovery/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err46);
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err47 = {instancePath:instancePath+"/counts/recovery",schemaPath:"#/properties/counts/properties/recovery/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
}
if(data18.loop !== undefined){
let data21 = data18.loop;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err48 = {instancePath:instancePath+"/counts/loop",schemaPath:"#/properties/counts/properties/loop/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err48);
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err49 = {instancePath:instancePath+"/counts/loop",schemaPath:"#/properties/counts/properties/loop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err49);
errors++;
}
}
}
if(data18.failure !== undefined){
let data22 = data18.failure;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err50 = {instancePath:instancePath+"/counts/failure",schemaPath:"#/properties/counts/properties/failure/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err50);
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err51 = {instancePath:instancePath+"/counts/failure",schemaPath:"#/properties/counts/properties/failure/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err51);
errors++;
}
}
}
}
else {
const err52 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err52);
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err53);
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const TraceCompareEnvelope = validate41;
const schema52 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/trace-compare-envelope.json","additionalProperties":true,"type":"object","required":["status","next_steps","next_command","schema_version","trace_a","trace_b","fidelity","burst_gap","quality_included","delta"],"properties":{"status":{"enum":["ok","error","needs_action","needs_judgment","maintenance_needed","blocked"]},"next_steps":{"type":"array","items":{"type":"string"}},"next_command":{"type":["string","null"]},"schema_version":{"const":"opentraces.trace_compare.v1","type":"string"},"trace_a":{"minLength":1,"type":"string"},"trace_b":{"minLength":1,"type":"string"},"fidelity":{"additionalProperties":true,"type":"object","required":["a","b"],"properties":{"a":{"enum":["record","otel"]},"b":{"enum":["record","otel"]}}},"burst_gap":{"minimum":1,"type":"integer"},"quality_included":{"type":"boolean"},"delta":{"additionalProperties":true,"type":"object","required":["metrics","quality","bursts","signals","security"],"properties":{"metrics":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":true,"type":"object","required":["a","b","delta"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]}}}}},"quality":{"additionalProperties":true,"type":["object","null"],"required":["personas","overall_utility"],"properties":{"personas":{"type":"object","patternProperties":{"^(.*)$":{"additionalProperties":true,"type":"object","required":["a","b","delta","available"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]},"available":{"type":"boolean"}}}}},"overall_utility":{"additionalProperties":true,"type":"object","required":["a","b","delta"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]}}}}},"bursts":{"additionalProperties":true,"type":"object","required":["available_a","available_b","burst_count","files","patches"],"properties":{"available_a":{"type":"boolean"},"available_b":{"type":"boolean"},"burst_count":{"additionalProperties":true,"type":"object","required":["a","b","delta"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]}}},"files":{"additionalProperties":true,"type":"object","required":["a","b","delta"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]}}},"patches":{"additionalProperties":true,"type":"object","required":["a","b","delta"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]}}}}},"signals":{"additionalProperties":true,"type":"object","required":["error_signal_count","test_run_count","tool_call_count"],"properties":{"error_signal_count":{"additionalProperties":true,"type":"object","required":["a","b","delta"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]}}},"test_run_count":{"additionalProperties":true,"type":"object","required":["a","b","delta"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]}}},"tool_call_count":{"additionalProperties":true,"type":"object","required":["a","b","delta"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]}}}}},"security":{"additionalProperties":true,"type":"object","required":["flags_reviewed","redactions_applied"],"properties":{"flags_reviewed":{"additionalProperties":true,"type":"object","required":["a","b","delta"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]}}},"redactions_applied":{"additionalProperties":true,"type":"object","required":["a","b","delta"],"properties":{"a":{"type":["number","null"]},"b":{"type":["number","null"]},"delta":{"type":["number","null"]}}}}}}}},"title":"TraceCompareEnvelope"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/trace-compare-envelope.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.next_steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_steps"},message:"must have required property '"+"next_steps"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.next_command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_command"},message:"must have required property '"+"next_command"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.schema_version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.trace_a === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_a"},message:"must have required property '"+"trace_a"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.trace_b === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_b"},message:"must have required property '"+"trace_b"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(data.fidelity === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fidelity"},message:"must have required property '"+"fidelity"+"'"};
vErrors = pushError(vErrors, err6);
errors++;
}
if(data.burst_gap === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "burst_gap"},message:"must have required property '"+"burst_gap"+"'"};
vErrors = pushError(vErrors, err7);
errors++;
}
if(data.quality_included === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quality_included"},message:"must have required property '"+"quality_included"+"'"};
vErrors = pushError(vErrors, err8);
errors++;
}
if(data.delta === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err9);
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!((((((data0 === "ok") || (data0 === "error")) || (data0 === "needs_action")) || (data0 === "needs_judgment")) || (data0 === "maintenance_needed")) || (data0 === "blocked"))){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema52.properties.status.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.next_steps !== undefined){
let data1 = data.next_steps;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err11 = {instancePath:instancePath+"/next_steps/" + i0,schemaPath:"#/properties/next_steps/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/next_steps",schemaPath:"#/properties/next_steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
if(data.next_command !== undefined){
let data3 = data.next_command;
if((typeof data3 !== "string") && (data3 !== null)){
const err13 = {instancePath:instancePath+"/next_command",schemaPath:"#/properties/next_command/type",keyword:"type",params:{type: schema52.properties.next_command.type},message:"must be string,null"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data.schema_version !== undefined){
let data4 = data.schema_version;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err14);
errors++;
}
if("opentraces.trace_compare.v1" !== data4){
const err15 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "opentraces.trace_compare.v1"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data.trace_a !== undefined){
let data5 = data.trace_a;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err16 = {instancePath:instancePath+"/trace_a",schemaPath:"#/properties/trace_a/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/trace_a",schemaPath:"#/properties/trace_a/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
if(data.trace_b !== undefined){
let data6 = data.trace_b;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err18 = {instancePath:instancePath+"/trace_b",schemaPath:"#/properties/trace_b/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/trace_b",schemaPath:"#/properties/trace_b/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
if(data.fidelity !== undefined){
let data7 = data.fidelity;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.a === undefined){
const err20 = {instancePath:instancePath+"/fidelity",schemaPath:"#/properties/fidelity/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err20);
errors++;
}
if(data7.b === undefined){
const err21 = {instancePath:instancePath+"/fidelity",schemaPath:"#/properties/fidelity/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err21);
errors++;
}
if(data7.a !== undefined){
let data8 = data7.a;
if(!((data8 === "record") || (data8 === "otel"))){
const err22 = {instancePath:instancePath+"/fidelity/a",schemaPath:"#/properties/fidelity/properties/a/enum",keyword:"enum",params:{allowedValues: schema52.properties.fidelity.properties.a.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
if(data7.b !== undefined){
let data9 = data7.b;
if(!((data9 === "record") || (data9 === "otel"))){
const err23 = {instancePath:instancePath+"/fidelity/b",schemaPath:"#/properties/fidelity/properties/b/enum",keyword:"enum",params:{allowedValues: schema52.properties.fidelity.properties.b.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/fidelity",schemaPath:"#/properties/fidelity/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
if(data.burst_gap !== undefined){
let data10 = data.burst_gap;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/burst_gap",schemaPath:"#/properties/burst_gap/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err25);
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/burst_gap",schemaPath:"#/properties/burst_gap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
vErrors = pushError(vErrors, err26);
errors++;
}
}
}
if(data.quality_included !== undefined){
if(typeof data.quality_included !== "boolean"){
const err27 = {instancePath:instancePath+"/quality_included",schemaPath:"#/properties/quality_included/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
if(data.delta !== undefined){
let data12 = data.delta;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.metrics === undefined){
const err28 = {instancePath:instancePath+"/delta",schemaPath:"#/properties/delta/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
vErrors = pushError(vErrors, err28);
errors++;
}
if(data12.quality === undefined){
const err29 = {instancePath:instancePath+"/delta",schemaPath:"#/properties/delta/required",keyword:"required",params:{missingProperty: "quality"},message:"must have required property '"+"quality"+"'"};
vErrors = pushError(vErrors, err29);
errors++;
}
if(data12.bursts === undefined){
const err30 = {instancePath:instancePath+"/delta",schemaPath:"#/properties/delta/required",keyword:"required",params:{missingProperty: "bursts"},message:"must have required property '"+"bursts"+"'"};
vErrors = pushError(vErrors, err30);
errors++;
}
if(data12.signals === undefined){
const err31 = {instancePath:instancePath+"/delta",schemaPath:"#/properties/delta/required",keyword:"required",params:{missingProperty: "signals"},message:"must have required property '"+"signals"+"'"};
vErrors = pushError(vErrors, err31);
errors++;
}
if(data12.security === undefined){
const err32 = {instancePath:instancePath+"/delta",schemaPath:"#/properties/delta/required",keyword:"required",params:{missingProperty: "security"},message:"must have required property '"+"security"+"'"};
vErrors = pushError(vErrors, err32);
errors++;
}
if(data12.metrics !== undefined){
let data13 = data12.metrics;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
var props0 = {};
for(const key0 in data13){
if(pattern4.test(key0)){
let data14 = data13[key0];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.a === undefined){
const err33 = {instancePath:instancePath+"/delta/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/delta/properties/metrics/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err33);
errors++;
}
if(data14.b === undefined){
const err34 = {instancePath:instancePath+"/delta/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/delta/properties/metrics/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err34);
errors++;
}
if(data14.delta === undefined){
const err35 = {instancePath:instancePath+"/delta/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/delta/properties/metrics/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err35);
errors++;
}
if(data14.a !== undefined){
let data15 = data14.a;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err36 = {instancePath:instancePath+"/delta/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/a",schemaPath:"#/properties/delta/properties/metrics/patternProperties/%5E(.*)%24/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.metrics.patternProperties["^(.*)$"].properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err36);
errors++;
}
}
if(data14.b !== undefined){
let data16 = data14.b;
if((!((typeof data16 == "number") && (isFinite(data16)))) && (data16 !== null)){
const err37 = {instancePath:instancePath+"/delta/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/b",schemaPath:"#/properties/delta/properties/metrics/patternProperties/%5E(.*)%24/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.metrics.patternProperties["^(.*)$"].properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err37);
errors++;
}
}
if(data14.delta !== undefined){
let data17 = data14.delta;
if((!((typeof data17 == "number") && (isFinite(data17)))) && (data17 !== null)){
const err38 = {instancePath:instancePath+"/delta/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/delta",schemaPath:"#/properties/delta/properties/metrics/patternProperties/%5E(.*)%24/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.metrics.patternProperties["^(.*)$"].properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err38);
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/delta/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/delta/properties/metrics/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err39);
errors++;
}
props0[key0] = true;
}
}
}
else {
const err40 = {instancePath:instancePath+"/delta/metrics",schemaPath:"#/properties/delta/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err40);
errors++;
}
}
if(data12.quality !== undefined){
let data18 = data12.quality;
if((!(data18 && typeof data18 == "object" && !Array.isArray(data18))) && (data18 !== null)){
const err41 = {instancePath:instancePath+"/delta/quality",schemaPath:"#/properties/delta/properties/quality/type",keyword:"type",params:{type: schema52.properties.delta.properties.quality.type},message:"must be object,null"};
vErrors = pushError(vErrors, err41);
errors++;
}
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.personas === undefined){
const err42 = {instancePath:instancePath+"/delta/quality",schemaPath:"#/properties/delta/properties/quality/required",keyword:"required",params:{missingProperty: "personas"},message:"must have required property '"+"personas"+"'"};
vErrors = pushError(vErrors, err42);
errors++;
}
if(data18.overall_utility === undefined){
const err43 = {instancePath:instancePath+"/delta/quality",schemaPath:"#/properties/delta/properties/quality/required",keyword:"required",params:{missingProperty: "overall_utility"},message:"must have required property '"+"overall_utility"+"'"};
vErrors = pushError(vErrors, err43);
errors++;
}
if(data18.personas !== undefined){
let data19 = data18.personas;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
var props1 = {};
for(const key1 in data19){
if(pattern4.test(key1)){
let data20 = data19[key1];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.a === undefined){
const err44 = {instancePath:instancePath+"/delta/quality/personas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/delta/properties/quality/properties/personas/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err44);
errors++;
}
if(data20.b === undefined){
const err45 = {instancePath:instancePath+"/delta/quality/personas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/delta/properties/quality/properties/personas/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err45);
errors++;
}
if(data20.delta === undefined){
const err46 = {instancePath:instancePath+"/delta/quality/personas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/delta/properties/quality/properties/personas/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err46);
errors++;
}
if(data20.available === undefined){
const err47 = {instancePath:instancePath+"/delta/quality/personas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/delta/properties/quality/properties/personas/patternProperties/%5E(.*)%24/required",keyword:"required",params:{missingProperty: "available"},message:"must have required property '"+"available"+"'"};
vErrors = pushError(vErrors, err47);
errors++;
}
if(data20.a !== undefined){
let data21 = data20.a;
if((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)){
const err48 = {instancePath:instancePath+"/delta/quality/personas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/a",schemaPath:"#/properties/delta/properties/quality/properties/personas/patternProperties/%5E(.*)%24/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.quality.properties.personas.patternProperties["^(.*)$"].properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err48);
errors++;
}
}
if(data20.b !== undefined){
let data22 = data20.b;
if((!((typeof data22 == "number") && (isFinite(data22)))) && (data22 !== null)){
const err49 = {instancePath:instancePath+"/delta/quality/personas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/b",schemaPath:"#/properties/delta/properties/quality/properties/personas/patternProperties/%5E(.*)%24/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.quality.properties.personas.patternProperties["^(.*)$"].properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err49);
errors++;
}
}
if(data20.delta !== undefined){
let data23 = data20.delta;
if((!((typeof data23 == "number") && (isFinite(data23)))) && (data23 !== null)){
const err50 = {instancePath:instancePath+"/delta/quality/personas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/delta",schemaPath:"#/properties/delta/properties/quality/properties/personas/patternProperties/%5E(.*)%24/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.quality.properties.personas.patternProperties["^(.*)$"].properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err50);
errors++;
}
}
if(data20.available !== undefined){
if(typeof data20.available !== "boolean"){
const err51 = {instancePath:instancePath+"/delta/quality/personas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/available",schemaPath:"#/properties/delta/properties/quality/properties/personas/patternProperties/%5E(.*)%24/properties/available/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err51);
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/delta/quality/personas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/delta/properties/quality/properties/personas/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err52);
errors++;
}
props1[key1] = true;
}
}
}
else {
const err53 = {instancePath:instancePath+"/delta/quality/personas",schemaPath:"#/properties/delta/properties/quality/properties/personas/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err53);
errors++;
}
}
if(data18.overall_utility !== undefined){
let data25 = data18.overall_utility;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.a === undefined){
const err54 = {instancePath:instancePath+"/delta/quality/overall_utility",schemaPath:"#/properties/delta/properties/quality/properties/overall_utility/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err54);
errors++;
}
if(data25.b === undefined){
const err55 = {instancePath:instancePath+"/delta/quality/overall_utility",schemaPath:"#/properties/delta/properties/quality/properties/overall_utility/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err55);
errors++;
}
if(data25.delta === undefined){
const err56 = {instancePath:instancePath+"/delta/quality/overall_utility",schemaPath:"#/properties/delta/properties/quality/properties/overall_utility/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err56);
errors++;
}
if(data25.a !== undefined){
let data26 = data25.a;
if((!((typeof data26 == "number") && (isFinite(data26)))) && (data26 !== null)){
const err57 = {instancePath:instancePath+"/delta/quality/overall_utility/a",schemaPath:"#/properties/delta/properties/quality/properties/overall_utility/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.quality.properties.overall_utility.properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err57);
errors++;
}
}
if(data25.b !== undefined){
let data27 = data25.b;
if((!((typeof data27 == "number") && (isFinite(data27)))) && (data27 !== null)){
const err58 = {instancePath:instancePath+"/delta/quality/overall_utility/b",schemaPath:"#/properties/delta/properties/quality/properties/overall_utility/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.quality.properties.overall_utility.properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err58);
errors++;
}
}
if(data25.delta !== undefined){
let data28 = data25.delta;
if((!((typeof data28 == "number") && (isFinite(data28)))) && (data28 !== null)){
const err59 = {instancePath:instancePath+"/delta/quality/overall_utility/delta",schemaPath:"#/properties/delta/properties/quality/properties/overall_utility/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.quality.properties.overall_utility.properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err59);
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/delta/quality/overall_utility",schemaPath:"#/properties/delta/properties/quality/properties/overall_utility/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err60);
errors++;
}
}
}
}
if(data12.bursts !== undefined){
let data29 = data12.bursts;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.available_a === undefined){
const err61 = {instancePath:instancePath+"/delta/bursts",schemaPath:"#/properties/delta/properties/bursts/required",keyword:"required",params:{missingProperty: "available_a"},message:"must have required property '"+"available_a"+"'"};
vErrors = pushError(vErrors, err61);
errors++;
}
if(data29.available_b === undefined){
const err62 = {instancePath:instancePath+"/delta/bursts",schemaPath:"#/properties/delta/properties/bursts/required",keyword:"required",params:{missingProperty: "available_b"},message:"must have required property '"+"available_b"+"'"};
vErrors = pushError(vErrors, err62);
errors++;
}
if(data29.burst_count === undefined){
const err63 = {instancePath:instancePath+"/delta/bursts",schemaPath:"#/properties/delta/properties/bursts/required",keyword:"required",params:{missingProperty: "burst_count"},message:"must have required property '"+"burst_count"+"'"};
vErrors = pushError(vErrors, err63);
errors++;
}
if(data29.files === undefined){
const err64 = {instancePath:instancePath+"/delta/bursts",schemaPath:"#/properties/delta/properties/bursts/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
vErrors = pushError(vErrors, err64);
errors++;
}
if(data29.patches === undefined){
const err65 = {instancePath:instancePath+"/delta/bursts",schemaPath:"#/properties/delta/properties/bursts/required",keyword:"required",params:{missingProperty: "patches"},message:"must have required property '"+"patches"+"'"};
vErrors = pushError(vErrors, err65);
errors++;
}
if(data29.available_a !== undefined){
if(typeof data29.available_a !== "boolean"){
const err66 = {instancePath:instancePath+"/delta/bursts/available_a",schemaPath:"#/properties/delta/properties/bursts/properties/available_a/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err66);
errors++;
}
}
if(data29.available_b !== undefined){
if(typeof data29.available_b !== "boolean"){
const err67 = {instancePath:instancePath+"/delta/bursts/available_b",schemaPath:"#/properties/delta/properties/bursts/properties/available_b/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err67);
errors++;
}
}
if(data29.burst_count !== undefined){
let data32 = data29.burst_count;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.a === undefined){
const err68 = {instancePath:instancePath+"/delta/bursts/burst_count",schemaPath:"#/properties/delta/properties/bursts/properties/burst_count/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err68);
errors++;
}
if(data32.b === undefined){
const err69 = {instancePath:instancePath+"/delta/bursts/burst_count",schemaPath:"#/properties/delta/properties/bursts/properties/burst_count/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err69);
errors++;
}
if(data32.delta === undefined){
const err70 = {instancePath:instancePath+"/delta/bursts/burst_count",schemaPath:"#/properties/delta/properties/bursts/properties/burst_count/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err70);
errors++;
}
if(data32.a !== undefined){
let data33 = data32.a;
if((!((typeof data33 == "number") && (isFinite(data33)))) && (data33 !== null)){
const err71 = {instancePath:instancePath+"/delta/bursts/burst_count/a",schemaPath:"#/properties/delta/properties/bursts/properties/burst_count/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.bursts.properties.burst_count.properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err71);
errors++;
}
}
if(data32.b !== undefined){
let data34 = data32.b;
if((!((typeof data34 == "number") && (isFinite(data34)))) && (data34 !== null)){
const err72 = {instancePath:instancePath+"/delta/bursts/burst_count/b",schemaPath:"#/properties/delta/properties/bursts/properties/burst_count/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.bursts.properties.burst_count.properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err72);
errors++;
}
}
if(data32.delta !== undefined){
let data35 = data32.delta;
if((!((typeof data35 == "number") && (isFinite(data35)))) && (data35 !== null)){
const err73 = {instancePath:instancePath+"/delta/bursts/burst_count/delta",schemaPath:"#/properties/delta/properties/bursts/properties/burst_count/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.bursts.properties.burst_count.properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err73);
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/delta/bursts/burst_count",schemaPath:"#/properties/delta/properties/bursts/properties/burst_count/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err74);
errors++;
}
}
if(data29.files !== undefined){
let data36 = data29.files;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.a === undefined){
const err75 = {instancePath:instancePath+"/delta/bursts/files",schemaPath:"#/properties/delta/properties/bursts/properties/files/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err75);
errors++;
}
if(data36.b === undefined){
const err76 = {instancePath:instancePath+"/delta/bursts/files",schemaPath:"#/properties/delta/properties/bursts/properties/files/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err76);
errors++;
}
if(data36.delta === undefined){
const err77 = {instancePath:instancePath+"/delta/bursts/files",schemaPath:"#/properties/delta/properties/bursts/properties/files/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err77);
errors++;
}
if(data36.a !== undefined){
let data37 = data36.a;
if((!((typeof data37 == "number") && (isFinite(data37)))) && (data37 !== null)){
const err78 = {instancePath:instancePath+"/delta/bursts/files/a",schemaPath:"#/properties/delta/properties/bursts/properties/files/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.bursts.properties.files.properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err78);
errors++;
}
}
if(data36.b !== undefined){
let data38 = data36.b;
if((!((typeof data38 == "number") && (isFinite(data38)))) && (data38 !== null)){
const err79 = {instancePath:instancePath+"/delta/bursts/files/b",schemaPath:"#/properties/delta/properties/bursts/properties/files/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.bursts.properties.files.properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err79);
errors++;
}
}
if(data36.delta !== undefined){
let data39 = data36.delta;
if((!((typeof data39 == "number") && (isFinite(data39)))) && (data39 !== null)){
const err80 = {instancePath:instancePath+"/delta/bursts/files/delta",schemaPath:"#/properties/delta/properties/bursts/properties/files/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.bursts.properties.files.properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err80);
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/delta/bursts/files",schemaPath:"#/properties/delta/properties/bursts/properties/files/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err81);
errors++;
}
}
if(data29.patches !== undefined){
let data40 = data29.patches;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.a === undefined){
const err82 = {instancePath:instancePath+"/delta/bursts/patches",schemaPath:"#/properties/delta/properties/bursts/properties/patches/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err82);
errors++;
}
if(data40.b === undefined){
const err83 = {instancePath:instancePath+"/delta/bursts/patches",schemaPath:"#/properties/delta/properties/bursts/properties/patches/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err83);
errors++;
}
if(data40.delta === undefined){
const err84 = {instancePath:instancePath+"/delta/bursts/patches",schemaPath:"#/properties/delta/properties/bursts/properties/patches/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err84);
errors++;
}
if(data40.a !== undefined){
let data41 = data40.a;
if((!((typeof data41 == "number") && (isFinite(data41)))) && (data41 !== null)){
const err85 = {instancePath:instancePath+"/delta/bursts/patches/a",schemaPath:"#/properties/delta/properties/bursts/properties/patches/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.bursts.properties.patches.properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err85);
errors++;
}
}
if(data40.b !== undefined){
let data42 = data40.b;
if((!((typeof data42 == "number") && (isFinite(data42)))) && (data42 !== null)){
const err86 = {instancePath:instancePath+"/delta/bursts/patches/b",schemaPath:"#/properties/delta/properties/bursts/properties/patches/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.bursts.properties.patches.properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err86);
errors++;
}
}
if(data40.delta !== undefined){
let data43 = data40.delta;
if((!((typeof data43 == "number") && (isFinite(data43)))) && (data43 !== null)){
const err87 = {instancePath:instancePath+"/delta/bursts/patches/delta",schemaPath:"#/properties/delta/properties/bursts/properties/patches/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.bursts.properties.patches.properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err87);
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/delta/bursts/patches",schemaPath:"#/properties/delta/properties/bursts/properties/patches/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err88);
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/delta/bursts",schemaPath:"#/properties/delta/properties/bursts/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err89);
errors++;
}
}
if(data12.signals !== undefined){
let data44 = data12.signals;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.error_signal_count === undefined){
const err90 = {instancePath:instancePath+"/delta/signals",schemaPath:"#/properties/delta/properties/signals/required",keyword:"required",params:{missingProperty: "error_signal_count"},message:"must have required property '"+"error_signal_count"+"'"};
vErrors = pushError(vErrors, err90);
errors++;
}
if(data44.test_run_count === undefined){
const err91 = {instancePath:instancePath+"/delta/signals",schemaPath:"#/properties/delta/properties/signals/required",keyword:"required",params:{missingProperty: "test_run_count"},message:"must have required property '"+"test_run_count"+"'"};
vErrors = pushError(vErrors, err91);
errors++;
}
if(data44.tool_call_count === undefined){
const err92 = {instancePath:instancePath+"/delta/signals",schemaPath:"#/properties/delta/properties/signals/required",keyword:"required",params:{missingProperty: "tool_call_count"},message:"must have required property '"+"tool_call_count"+"'"};
vErrors = pushError(vErrors, err92);
errors++;
}
if(data44.error_signal_count !== undefined){
let data45 = data44.error_signal_count;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.a === undefined){
const err93 = {instancePath:instancePath+"/delta/signals/error_signal_count",schemaPath:"#/properties/delta/properties/signals/properties/error_signal_count/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err93);
errors++;
}
if(data45.b === undefined){
const err94 = {instancePath:instancePath+"/delta/signals/error_signal_count",schemaPath:"#/properties/delta/properties/signals/properties/error_signal_count/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err94);
errors++;
}
if(data45.delta === undefined){
const err95 = {instancePath:instancePath+"/delta/signals/error_signal_count",schemaPath:"#/properties/delta/properties/signals/properties/error_signal_count/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err95);
errors++;
}
if(data45.a !== undefined){
let data46 = data45.a;
if((!((typeof data46 == "number") && (isFinite(data46)))) && (data46 !== null)){
const err96 = {instancePath:instancePath+"/delta/signals/error_signal_count/a",schemaPath:"#/properties/delta/properties/signals/properties/error_signal_count/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.signals.properties.error_signal_count.properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err96);
errors++;
}
}
if(data45.b !== undefined){
let data47 = data45.b;
if((!((typeof data47 == "number") && (isFinite(data47)))) && (data47 !== null)){
const err97 = {instancePath:instancePath+"/delta/signals/error_signal_count/b",schemaPath:"#/properties/delta/properties/signals/properties/error_signal_count/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.signals.properties.error_signal_count.properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err97);
errors++;
}
}
if(data45.delta !== undefined){
let data48 = data45.delta;
if((!((typeof data48 == "number") && (isFinite(data48)))) && (data48 !== null)){
const err98 = {instancePath:instancePath+"/delta/signals/error_signal_count/delta",schemaPath:"#/properties/delta/properties/signals/properties/error_signal_count/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.signals.properties.error_signal_count.properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err98);
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/delta/signals/error_signal_count",schemaPath:"#/properties/delta/properties/signals/properties/error_signal_count/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err99);
errors++;
}
}
if(data44.test_run_count !== undefined){
let data49 = data44.test_run_count;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.a === undefined){
const err100 = {instancePath:instancePath+"/delta/signals/test_run_count",schemaPath:"#/properties/delta/properties/signals/properties/test_run_count/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err100);
errors++;
}
if(data49.b === undefined){
const err101 = {instancePath:instancePath+"/delta/signals/test_run_count",schemaPath:"#/properties/delta/properties/signals/properties/test_run_count/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err101);
errors++;
}
if(data49.delta === undefined){
const err102 = {instancePath:instancePath+"/delta/signals/test_run_count",schemaPath:"#/properties/delta/properties/signals/properties/test_run_count/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err102);
errors++;
}
if(data49.a !== undefined){
let data50 = data49.a;
if((!((typeof data50 == "number") && (isFinite(data50)))) && (data50 !== null)){
const err103 = {instancePath:instancePath+"/delta/signals/test_run_count/a",schemaPath:"#/properties/delta/properties/signals/properties/test_run_count/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.signals.properties.test_run_count.properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err103);
errors++;
}
}
if(data49.b !== undefined){
let data51 = data49.b;
if((!((typeof data51 == "number") && (isFinite(data51)))) && (data51 !== null)){
const err104 = {instancePath:instancePath+"/delta/signals/test_run_count/b",schemaPath:"#/properties/delta/properties/signals/properties/test_run_count/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.signals.properties.test_run_count.properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err104);
errors++;
}
}
if(data49.delta !== undefined){
let data52 = data49.delta;
if((!((typeof data52 == "number") && (isFinite(data52)))) && (data52 !== null)){
const err105 = {instancePath:instancePath+"/delta/signals/test_run_count/delta",schemaPath:"#/properties/delta/properties/signals/properties/test_run_count/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.signals.properties.test_run_count.properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err105);
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/delta/signals/test_run_count",schemaPath:"#/properties/delta/properties/signals/properties/test_run_count/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err106);
errors++;
}
}
if(data44.tool_call_count !== undefined){
let data53 = data44.tool_call_count;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.a === undefined){
const err107 = {instancePath:instancePath+"/delta/signals/tool_call_count",schemaPath:"#/properties/delta/properties/signals/properties/tool_call_count/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err107);
errors++;
}
if(data53.b === undefined){
const err108 = {instancePath:instancePath+"/delta/signals/tool_call_count",schemaPath:"#/properties/delta/properties/signals/properties/tool_call_count/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err108);
errors++;
}
if(data53.delta === undefined){
const err109 = {instancePath:instancePath+"/delta/signals/tool_call_count",schemaPath:"#/properties/delta/properties/signals/properties/tool_call_count/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err109);
errors++;
}
if(data53.a !== undefined){
let data54 = data53.a;
if((!((typeof data54 == "number") && (isFinite(data54)))) && (data54 !== null)){
const err110 = {instancePath:instancePath+"/delta/signals/tool_call_count/a",schemaPath:"#/properties/delta/properties/signals/properties/tool_call_count/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.signals.properties.tool_call_count.properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err110);
errors++;
}
}
if(data53.b !== undefined){
let data55 = data53.b;
if((!((typeof data55 == "number") && (isFinite(data55)))) && (data55 !== null)){
const err111 = {instancePath:instancePath+"/delta/signals/tool_call_count/b",schemaPath:"#/properties/delta/properties/signals/properties/tool_call_count/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.signals.properties.tool_call_count.properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err111);
errors++;
}
}
if(data53.delta !== undefined){
let data56 = data53.delta;
if((!((typeof data56 == "number") && (isFinite(data56)))) && (data56 !== null)){
const err112 = {instancePath:instancePath+"/delta/signals/tool_call_count/delta",schemaPath:"#/properties/delta/properties/signals/properties/tool_call_count/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.signals.properties.tool_call_count.properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err112);
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/delta/signals/tool_call_count",schemaPath:"#/properties/delta/properties/signals/properties/tool_call_count/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err113);
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/delta/signals",schemaPath:"#/properties/delta/properties/signals/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err114);
errors++;
}
}
if(data12.security !== undefined){
let data57 = data12.security;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.flags_reviewed === undefined){
const err115 = {instancePath:instancePath+"/delta/security",schemaPath:"#/properties/delta/properties/security/required",keyword:"required",params:{missingProperty: "flags_reviewed"},message:"must have required property '"+"flags_reviewed"+"'"};
vErrors = pushError(vErrors, err115);
errors++;
}
if(data57.redactions_applied === undefined){
const err116 = {instancePath:instancePath+"/delta/security",schemaPath:"#/properties/delta/properties/security/required",keyword:"required",params:{missingProperty: "redactions_applied"},message:"must have required property '"+"redactions_applied"+"'"};
vErrors = pushError(vErrors, err116);
errors++;
}
if(data57.flags_reviewed !== undefined){
let data58 = data57.flags_reviewed;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.a === undefined){
const err117 = {instancePath:instancePath+"/delta/security/flags_reviewed",schemaPath:"#/properties/delta/properties/security/properties/flags_reviewed/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err117);
errors++;
}
if(data58.b === undefined){
const err118 = {instancePath:instancePath+"/delta/security/flags_reviewed",schemaPath:"#/properties/delta/properties/security/properties/flags_reviewed/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err118);
errors++;
}
if(data58.delta === undefined){
const err119 = {instancePath:instancePath+"/delta/security/flags_reviewed",schemaPath:"#/properties/delta/properties/security/properties/flags_reviewed/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err119);
errors++;
}
if(data58.a !== undefined){
let data59 = data58.a;
if((!((typeof data59 == "number") && (isFinite(data59)))) && (data59 !== null)){
const err120 = {instancePath:instancePath+"/delta/security/flags_reviewed/a",schemaPath:"#/properties/delta/properties/security/properties/flags_reviewed/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.security.properties.flags_reviewed.properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err120);
errors++;
}
}
if(data58.b !== undefined){
let data60 = data58.b;
if((!((typeof data60 == "number") && (isFinite(data60)))) && (data60 !== null)){
const err121 = {instancePath:instancePath+"/delta/security/flags_reviewed/b",schemaPath:"#/properties/delta/properties/security/properties/flags_reviewed/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.security.properties.flags_reviewed.properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err121);
errors++;
}
}
if(data58.delta !== undefined){
let data61 = data58.delta;
if((!((typeof data61 == "number") && (isFinite(data61)))) && (data61 !== null)){
const err122 = {instancePath:instancePath+"/delta/security/flags_reviewed/delta",schemaPath:"#/properties/delta/properties/security/properties/flags_reviewed/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.security.properties.flags_reviewed.properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err122);
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/delta/security/flags_reviewed",schemaPath:"#/properties/delta/properties/security/properties/flags_reviewed/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err123);
errors++;
}
}
if(data57.redactions_applied !== undefined){
let data62 = data57.redactions_applied;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.a === undefined){
const err124 = {instancePath:instancePath+"/delta/security/redactions_applied",schemaPath:"#/properties/delta/properties/security/properties/redactions_applied/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
vErrors = pushError(vErrors, err124);
errors++;
}
if(data62.b === undefined){
const err125 = {instancePath:instancePath+"/delta/security/redactions_applied",schemaPath:"#/properties/delta/properties/security/properties/redactions_applied/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
vErrors = pushError(vErrors, err125);
errors++;
}
if(data62.delta === undefined){
const err126 = {instancePath:instancePath+"/delta/security/redactions_applied",schemaPath:"#/properties/delta/properties/security/properties/redactions_applied/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};
vErrors = pushError(vErrors, err126);
errors++;
}
if(data62.a !== undefined){
let data63 = data62.a;
if((!((typeof data63 == "number") && (isFinite(data63)))) && (data63 !== null)){
const err127 = {instancePath:instancePath+"/delta/security/redactions_applied/a",schemaPath:"#/properties/delta/properties/security/properties/redactions_applied/properties/a/type",keyword:"type",params:{type: schema52.properties.delta.properties.security.properties.redactions_applied.properties.a.type},message:"must be number,null"};
vErrors = pushError(vErrors, err127);
errors++;
}
}
if(data62.b !== undefined){
let data64 = data62.b;
if((!((typeof data64 == "number") && (isFinite(data64)))) && (data64 !== null)){
const err128 = {instancePath:instancePath+"/delta/security/redactions_applied/b",schemaPath:"#/properties/delta/properties/security/properties/redactions_applied/properties/b/type",keyword:"type",params:{type: schema52.properties.delta.properties.security.properties.redactions_applied.properties.b.type},message:"must be number,null"};
vErrors = pushError(vErrors, err128);
errors++;
}
}
if(data62.delta !== undefined){
let data65 = data62.delta;
if((!((typeof data65 == "number") && (isFinite(data65)))) && (data65 !== null)){
const err129 = {instancePath:instancePath+"/delta/security/redactions_applied/delta",schemaPath:"#/properties/delta/properties/security/properties/redactions_applied/properties/delta/type",keyword:"type",params:{type: schema52.properties.delta.properties.security.properties.redactions_applied.properties.delta.type},message:"must be number,null"};
vErrors = pushError(vErrors, err129);
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/delta/security/redactions_applied",schemaPath:"#/properties/delta/properties/security/properties/redactions_applied/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err130);
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/delta/security",schemaPath:"#/properties/delta/properties/security/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err131);
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/delta",schemaPath:"#/properties/delta/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err132);
errors++;
}
}
}
else {
const err133 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err133);
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const SlicingEnvelope = validate42;
const schema53 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/slicing-envelope.json","additionalProperties":true,"type":"object","required":["status","next_steps","next_command","schema_version","trace_id","slicer","tier","total_steps","trajectories","tiling"],"properties":{"status":{"enum":["ok","error","needs_action","needs_judgment","maintenance_needed","blocked"]},"next_steps":{"type":"array","items":{"type":"string"}},"next_command":{"type":["string","null"]},"schema_version":{"const":"opentraces.slicing.v1","type":"string"},"trace_id":{"minLength":1,"type":"string"},"slicer":{"minLength":1,"type":"string"},"tier":{"enum":["deterministic","cheap_llm"]},"total_steps":{"minimum":0,"type":"integer"},"trajectories":{"type":"array","items":{"additionalProperties":true,"type":"object","required":["start","end","kind","label"],"properties":{"start":{"minimum":0,"type":"integer"},"end":{"minimum":0,"type":"integer"},"kind":{"enum":["user_turn","change_burst","milestone","subgoal"]},"label":{"type":"string"}}}},"tiling":{"additionalProperties":true,"type":"object","required":["valid","coverage","gaps","overlaps"],"properties":{"valid":{"type":"boolean"},"coverage":{"minimum":0,"maximum":1,"type":"number"},"gaps":{"minimum":0,"type":"integer"},"overlaps":{"minimum":0,"type":"integer"}}},"judge":{"enum":["deterministic","agent","provider","human"]}},"title":"SlicingEnvelope"};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/slicing-envelope.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.next_steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_steps"},message:"must have required property '"+"next_steps"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.next_command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_command"},message:"must have required property '"+"next_command"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.schema_version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.trace_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.slicer === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "slicer"},message:"must have required property '"+"slicer"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(data.tier === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tier"},message:"must have required property '"+"tier"+"'"};
vErrors = pushError(vErrors, err6);
errors++;
}
if(data.total_steps === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_steps"},message:"must have required property '"+"total_steps"+"'"};
vErrors = pushError(vErrors, err7);
errors++;
}
if(data.trajectories === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trajectories"},message:"must have required property '"+"trajectories"+"'"};
vErrors = pushError(vErrors, err8);
errors++;
}
if(data.tiling === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tiling"},message:"must have required property '"+"tiling"+"'"};
vErrors = pushError(vErrors, err9);
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!((((((data0 === "ok") || (data0 === "error")) || (data0 === "needs_action")) || (data0 === "needs_judgment")) || (data0 === "maintenance_needed")) || (data0 === "blocked"))){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema53.properties.status.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err10);
errors++;
}
}
if(data.next_steps !== undefined){
let data1 = data.next_steps;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err11 = {instancePath:instancePath+"/next_steps/" + i0,schemaPath:"#/properties/next_steps/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err11);
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/next_steps",schemaPath:"#/properties/next_steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
if(data.next_command !== undefined){
let data3 = data.next_command;
if((typeof data3 !== "string") && (data3 !== null)){
const err13 = {instancePath:instancePath+"/next_command",schemaPath:"#/properties/next_command/type",keyword:"type",params:{type: schema53.properties.next_command.type},message:"must be string,null"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data.schema_version !== undefined){
let data4 = data.schema_version;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err14);
errors++;
}
if("opentraces.slicing.v1" !== data4){
const err15 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "opentraces.slicing.v1"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data.trace_id !== undefined){
let data5 = data.trace_id;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err16 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
if(data.slicer !== undefined){
let data6 = data.slicer;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err18 = {instancePath:instancePath+"/slicer",schemaPath:"#/properties/slicer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/slicer",schemaPath:"#/properties/slicer/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
if(data.tier !== undefined){
let data7 = data.tier;
if(!((data7 === "deterministic") || (data7 === "cheap_llm"))){
const err20 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/enum",keyword:"enum",params:{allowedValues: schema53.properties.tier.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
if(data.total_steps !== undefined){
let data8 = data.total_steps;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/total_steps",schemaPath:"#/properties/total_steps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err21);
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/total_steps",schemaPath:"#/properties/total_steps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
}
if(data.trajectories !== undefined){
let data9 = data.trajectories;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.start === undefined){
const err23 = {instancePath:instancePath+"/trajectories/" + i1,schemaPath:"#/properties/trajectories/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
vErrors = pushError(vErrors, err23);
errors++;
}
if(data10.end === undefined){
const err24 = {instancePath:instancePath+"/trajectories/" + i1,schemaPath:"#/properties/trajectories/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
vErrors = pushError(vErrors, err24);
errors++;
}
if(data10.kind === undefined){
const err25 = {instancePath:instancePath+"/trajectories/" + i1,schemaPath:"#/properties/trajectories/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
vErrors = pushError(vErrors, err25);
errors++;
}
if(data10.label === undefined){
const err26 = {instancePath:instancePath+"/trajectories/" + i1,schemaPath:"#/properties/trajectories/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
vErrors = pushError(vErrors, err26);
errors++;
}
if(data10.start !== undefined){
let data11 = data10.start;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err27 = {instancePath:instancePath+"/trajectories/" + i1+"/start",schemaPath:"#/properties/trajectories/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err27);
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err28 = {instancePath:instancePath+"/trajectories/" + i1+"/start",schemaPath:"#/properties/trajectories/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err28);
errors++;
}
}
}
if(data10.end !== undefined){
let data12 = data10.end;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err29 = {instancePath:instancePath+"/trajectories/" + i1+"/end",schemaPath:"#/properties/trajectories/items/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err29);
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/trajectories/" + i1+"/end",schemaPath:"#/properties/trajectories/items/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err30);
errors++;
}
}
}
if(data10.kind !== undefined){
let data13 = data10.kind;
if(!((((data13 === "user_turn") || (data13 === "change_burst")) || (data13 === "milestone")) || (data13 === "subgoal"))){
const err31 = {instancePath:instancePath+"/trajectories/" + i1+"/kind",schemaPath:"#/properties/trajectories/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.trajectories.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
if(data10.label !== undefined){
if(typeof data10.label !== "string"){
const err32 = {instancePath:instancePath+"/trajectories/" + i1+"/label",schemaPath:"#/properties/trajectories/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err32);
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/trajectories/" + i1,schemaPath:"#/properties/trajectories/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err33);
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/trajectories",schemaPath:"#/properties/trajectories/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err34);
errors++;
}
}
if(data.tiling !== undefined){
let data15 = data.tiling;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.valid === undefined){
const err35 = {instancePath:instancePath+"/tiling",schemaPath:"#/properties/tiling/required",keyword:"required",params:{missingProperty: "valid"},message:"must have required property '"+"valid"+"'"};
vErrors = pushError(vErrors, err35);
errors++;
}
if(data15.coverage === undefined){
const err36 = {instancePath:instancePath+"/tiling",schemaPath:"#/properties/tiling/required",keyword:"required",params:{missingProperty: "coverage"},message:"must have required property '"+"coverage"+"'"};
vErrors = pushError(vErrors, err36);
errors++;
}
if(data15.gaps === undefined){
const err37 = {instancePath:instancePath+"/tiling",schemaPath:"#/properties/tiling/required",keyword:"required",params:{missingProperty: "gaps"},message:"must have required property '"+"gaps"+"'"};
vErrors = pushError(vErrors, err37);
errors++;
}
if(data15.overlaps === undefined){
const err38 = {instancePath:instancePath+"/tiling",schemaPath:"#/properties/tiling/required",keyword:"required",params:{missingProperty: "overlaps"},message:"must have required property '"+"overlaps"+"'"};
vErrors = pushError(vErrors, err38);
errors++;
}
if(data15.valid !== undefined){
if(typeof data15.valid !== "boolean"){
const err39 = {instancePath:instancePath+"/tiling/valid",schemaPath:"#/properties/tiling/properties/valid/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err39);
errors++;
}
}
if(data15.coverage !== undefined){
let data17 = data15.coverage;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 1 || isNaN(data17)){
const err40 = {instancePath:instancePath+"/tiling/coverage",schemaPath:"#/properties/tiling/properties/coverage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
vErrors = pushError(vErrors, err40);
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err41 = {instancePath:instancePath+"/tiling/coverage",schemaPath:"#/properties/tiling/properties/coverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err41);
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/tiling/coverage",schemaPath:"#/properties/tiling/properties/coverage/type",keyword:"type",params:{type: "number"},message:"must be number"};
vErrors = pushError(vErrors, err42);
errors++;
}
}
if(data15.gaps !== undefined){
let data18 = data15.gaps;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err43 = {instancePath:instancePath+"/tiling/gaps",schemaPath:"#/properties/tiling/properties/gaps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err43);
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err44 = {instancePath:instancePath+"/tiling/gaps",schemaPath:"#/properties/tiling/properties/gaps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err44);
errors++;
}
}
}
if(data15.overlaps !== undefined){
let data19 = data15.overlaps;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err45 = {instancePath:instancePath+"/tiling/overlaps",schemaPath:"#/properties/tiling/properties/overlaps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err45);
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err46 = {instancePath:instancePath+"/tiling/overlaps",schemaPath:"#/properties/tiling/properties/overlaps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err46);
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/tiling",schemaPath:"#/properties/tiling/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
if(data.judge !== undefined){
let data20 = data.judge;
if(!((((data20 === "deterministic") || (data20 === "agent")) || (data20 === "provider")) || (data20 === "human"))){
const err48 = {instancePath:instancePath+"/judge",schemaPath:"#/properties/judge/enum",keyword:"enum",params:{allowedValues: schema53.properties.judge.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err48);
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err49);
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const SlicingNeedsJudgmentEnvelope = validate43;
const schema54 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/slicing-needs-judgment-envelope.json","additionalProperties":true,"type":"object","required":["status","next_steps","next_command","schema_version","trace_id","slicer","tier","total_steps","judgment_schema_version","judgment_requests","instruction"],"properties":{"status":{"const":"needs_judgment","type":"string"},"next_steps":{"type":"array","items":{"type":"string"}},"next_command":{"type":["string","null"]},"schema_version":{"const":"opentraces.slicing.needs_judgment.v1","type":"string"},"trace_id":{"minLength":1,"type":"string"},"slicer":{"minLength":1,"type":"string"},"tier":{"enum":["deterministic","cheap_llm"]},"total_steps":{"minimum":0,"type":"integer"},"judgment_schema_version":{"const":"opentraces.slicing.judgment.v1","type":"string"},"judgment_requests":{"type":"array","items":{"additionalProperties":true,"type":"object","required":["id","kind","window","candidate_step","prompt","answer_schema"],"properties":{"id":{"minLength":1,"type":"string"},"kind":{"enum":["terminal_vs_intermediate","same_outcome"]},"window":{"minItems":2,"maxItems":2,"type":"array","items":{"minimum":0,"type":"integer"}},"candidate_step":{"minimum":0,"type":"integer"},"prompt":{"type":"string"},"answer_schema":{"type":"object","patternProperties":{"^(.*)$":{}}}}}},"instruction":{"type":"string"}},"title":"SlicingNeedsJudgmentEnvelope"};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/slicing-needs-judgment-envelope.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.next_steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_steps"},message:"must have required property '"+"next_steps"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.next_command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_command"},message:"must have required property '"+"next_command"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.schema_version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.trace_id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.slicer === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "slicer"},message:"must have required property '"+"slicer"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(data.tier === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tier"},message:"must have required property '"+"tier"+"'"};
vErrors = pushError(vErrors, err6);
errors++;
}
if(data.total_steps === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total_steps"},message:"must have required property '"+"total_steps"+"'"};
vErrors = pushError(vErrors, err7);
errors++;
}
if(data.judgment_schema_version === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "judgment_schema_version"},message:"must have required property '"+"judgment_schema_version"+"'"};
vErrors = pushError(vErrors, err8);
errors++;
}
if(data.judgment_requests === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "judgment_requests"},message:"must have required property '"+"judgment_requests"+"'"};
vErrors = pushError(vErrors, err9);
errors++;
}
if(data.instruction === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "instruction"},message:"must have required property '"+"instruction"+"'"};
vErrors = pushError(vErrors, err10);
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err11 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err11);
errors++;
}
if("needs_judgment" !== data0){
const err12 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "needs_judgment"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
if(data.next_steps !== undefined){
let data1 = data.next_steps;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err13 = {instancePath:instancePath+"/next_steps/" + i0,schemaPath:"#/properties/next_steps/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/next_steps",schemaPath:"#/properties/next_steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data.next_command !== undefined){
let data3 = data.next_command;
if((typeof data3 !== "string") && (data3 !== null)){
const err15 = {instancePath:instancePath+"/next_command",schemaPath:"#/properties/next_command/type",keyword:"type",params:{type: schema54.properties.next_command.type},message:"must be string,null"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data.schema_version !== undefined){
let data4 = data.schema_version;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err16);
errors++;
}
if("opentraces.slicing.needs_judgment.v1" !== data4){
const err17 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "opentraces.slicing.needs_judgment.v1"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
if(data.trace_id !== undefined){
let data5 = data.trace_id;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err18 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/trace_id",schemaPath:"#/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
if(data.slicer !== undefined){
let data6 = data.slicer;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err20 = {instancePath:instancePath+"/slicer",schemaPath:"#/properties/slicer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/slicer",schemaPath:"#/properties/slicer/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
if(data.tier !== undefined){
let data7 = data.tier;
if(!((data7 === "deterministic") || (data7 === "cheap_llm"))){
const err22 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/enum",keyword:"enum",params:{allowedValues: schema54.properties.tier.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
if(data.total_steps !== undefined){
let data8 = data.total_steps;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err23 = {instancePath:instancePath+"/total_steps",schemaPath:"#/properties/total_steps/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err23);
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/total_steps",schemaPath:"#/properties/total_steps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
}
if(data.judgment_schema_version !== undefined){
let data9 = data.judgment_schema_version;
if(typeof data9 !== "string"){
const err25 = {instancePath:instancePath+"/judgment_schema_version",schemaPath:"#/properties/judgment_schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err25);
errors++;
}
if("opentraces.slicing.judgment.v1" !== data9){
const err26 = {instancePath:instancePath+"/judgment_schema_version",schemaPath:"#/properties/judgment_schema_version/const",keyword:"const",params:{allowedValue: "opentraces.slicing.judgment.v1"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err26);
errors++;
}
}
if(data.judgment_requests !== undefined){
let data10 = data.judgment_requests;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.id === undefined){
const err27 = {instancePath:instancePath+"/judgment_requests/" + i1,schemaPath:"#/properties/judgment_requests/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
vErrors = pushError(vErrors, err27);
errors++;
}
if(data11.kind === undefined){
const err28 = {instancePath:instancePath+"/judgment_requests/" + i1,schemaPath:"#/properties/judgment_requests/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
vErrors = pushError(vErrors, err28);
errors++;
}
if(data11.window === undefined){
const err29 = {instancePath:instancePath+"/judgment_requests/" + i1,schemaPath:"#/properties/judgment_requests/items/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'"};
vErrors = pushError(vErrors, err29);
errors++;
}
if(data11.candidate_step === undefined){
const err30 = {instancePath:instancePath+"/judgment_requests/" + i1,schemaPath:"#/properties/judgment_requests/items/required",keyword:"required",params:{missingProperty: "candidate_step"},message:"must have required property '"+"candidate_step"+"'"};
vErrors = pushError(vErrors, err30);
errors++;
}
if(data11.prompt === undefined){
const err31 = {instancePath:instancePath+"/judgment_requests/" + i1,schemaPath:"#/properties/judgment_requests/items/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'"};
vErrors = pushError(vErrors, err31);
errors++;
}
if(data11.answer_schema === undefined){
const err32 = {instancePath:instancePath+"/judgment_requests/" + i1,schemaPath:"#/properties/judgment_requests/items/required",keyword:"required",params:{missingProperty: "answer_schema"},message:"must have required property '"+"answer_schema"+"'"};
vErrors = pushError(vErrors, err32);
errors++;
}
if(data11.id !== undefined){
let data12 = data11.id;
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err33 = {instancePath:instancePath+"/judgment_requests/" + i1+"/id",schemaPath:"#/properties/judgment_requests/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err33);
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/judgment_requests/" + i1+"/id",schemaPath:"#/properties/judgment_requests/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err34);
errors++;
}
}
if(data11.kind !== undefined){
let data13 = data11.kind;
if(!((data13 === "terminal_vs_intermediate") || (data13 === "same_outcome"))){
const err35 = {instancePath:instancePath+"/judgment_requests/" + i1+"/kind",schemaPath:"#/properties/judgment_requests/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema54.properties.judgment_requests.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err35);
errors++;
}
}
if(data11.window !== undefined){
let data14 = data11.window;
if(Array.isArray(data14)){
if(data14.length > 2){
const err36 = {instancePath:instancePath+"/judgment_requests/" + i1+"/window",schemaPath:"#/properties/judgment_requests/items/properties/window/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
vErrors = pushError(vErrors, err36);
errors++;
}
if(data14.length < 2){
const err37 = {instancePath:instancePath+"/judgment_requests/" + i1+"/window",schemaPath:"#/properties/judgment_requests/items/properties/window/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
vErrors = pushError(vErrors, err37);
errors++;
}
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err38 = {instancePath:instancePath+"/judgment_requests/" + i1+"/window/" + i2,schemaPath:"#/properties/judgment_requests/items/properties/window/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err38);
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err39 = {instancePath:instancePath+"/judgment_requests/" + i1+"/window/" + i2,schemaPath:"#/properties/judgment_requests/items/properties/window/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err39);
errors++;
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/judgment_requests/" + i1+"/window",schemaPath:"#/properties/judgment_requests/items/properties/window/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err40);
errors++;
}
}
if(data11.candidate_step !== undefined){
let data16 = data11.candidate_step;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err41 = {instancePath:instancePath+"/judgment_requests/" + i1+"/candidate_step",schemaPath:"#/properties/judgment_requests/items/properties/candidate_step/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
vErrors = pushError(vErrors, err41);
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err42 = {instancePath:instancePath+"/judgment_requests/" + i1+"/candidate_step",schemaPath:"#/properties/judgment_requests/items/properties/candidate_step/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
vErrors = pushError(vErrors, err42);
errors++;
}
}
}
if(data11.prompt !== undefined){
if(typeof data11.prompt !== "string"){
const err43 = {instancePath:instancePath+"/judgment_requests/" + i1+"/prompt",schemaPath:"#/properties/judgment_requests/items/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err43);
errors++;
}
}
if(data11.answer_schema !== undefined){
let data18 = data11.answer_schema;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
var props0 = {};
for(const key0 in data18){
if(pattern4.test(key0)){
props0[key0] = true;
}
}
}
else {
const err44 = {instancePath:instancePath+"/judgment_requests/" + i1+"/answer_schema",schemaPath:"#/properties/judgment_requests/items/properties/answer_schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err44);
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/judgment_requests/" + i1,schemaPath:"#/properties/judgment_requests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err45);
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/judgment_requests",schemaPath:"#/properties/judgment_requests/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err46);
errors++;
}
}
if(data.instruction !== undefined){
if(typeof data.instruction !== "string"){
const err47 = {instancePath:instancePath+"/instruction",schemaPath:"#/properties/instruction/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err47);
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err48);
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const BucketManifest = validate44;
const schema55 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/bucket-manifest.json","additionalProperties":true,"type":"object","required":["schema_version","traces"],"properties":{"schema_version":{"const":"opentraces.bucket.manifest.v2","type":"string"},"bucket_root":{"type":"string"},"root":{"type":"string"},"generated_at":{"type":["string","null"]},"updated_at":{"type":["string","null"]},"security_version":{"type":["string","null"]},"bucket_digest":{"type":["string","null"]},"traces":{"type":"array","items":{"additionalProperties":true,"type":"object","required":["trace_id","project_slug"],"properties":{"trace_id":{"minLength":1,"type":"string"},"project_slug":{"type":"string"},"syncable":{"type":["boolean","null"]},"security_stale":{"type":["boolean","null"]},"written_at":{"type":["string","null"]},"summary":{"type":"object","patternProperties":{"^(.*)$":{}}}}}},"events_v1":{"type":"object","patternProperties":{"^(.*)$":{}}},"trace_records":{"type":"object","patternProperties":{"^(.*)$":{}}},"trail":{"type":"object","patternProperties":{"^(.*)$":{}}},"sync":{"additionalProperties":true,"type":"object","properties":{"eligible":{"type":"boolean"},"blocked_reasons":{"type":"array","items":{"type":"string"}}}},"raw_sources":{"type":"object","patternProperties":{"^(.*)$":{}}},"trail_events":{"type":"object","patternProperties":{"^(.*)$":{}}},"context_trees":{"type":"object","patternProperties":{"^(.*)$":{}}}},"title":"BucketManifest"};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/bucket-manifest.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.traces === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "traces"},message:"must have required property '"+"traces"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.schema_version !== undefined){
let data0 = data.schema_version;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err2);
errors++;
}
if("opentraces.bucket.manifest.v2" !== data0){
const err3 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "opentraces.bucket.manifest.v2"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err3);
errors++;
}
}
if(data.bucket_root !== undefined){
if(typeof data.bucket_root !== "string"){
const err4 = {instancePath:instancePath+"/bucket_root",schemaPath:"#/properties/bucket_root/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err4);
errors++;
}
}
if(data.root !== undefined){
if(typeof data.root !== "string"){
const err5 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err5);
errors++;
}
}
if(data.generated_at !== undefined){
let data3 = data.generated_at;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/type",keyword:"type",params:{type: schema55.properties.generated_at.type},message:"must be string,null"};
vErrors = pushError(vErrors, err6);
errors++;
}
}
if(data.updated_at !== undefined){
let data4 = data.updated_at;
if((typeof data4 !== "string") && (data4 !== null)){
const err7 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/type",keyword:"type",params:{type: schema55.properties.updated_at.type},message:"must be string,null"};
vErrors = pushError(vErrors, err7);
errors++;
}
}
if(data.security_version !== undefined){
let data5 = data.security_version;
if((typeof data5 !== "string") && (data5 !== null)){
const err8 = {instancePath:instancePath+"/security_version",schemaPath:"#/properties/security_version/type",keyword:"type",params:{type: schema55.properties.security_version.type},message:"must be string,null"};
vErrors = pushError(vErrors, err8);
errors++;
}
}
if(data.bucket_digest !== undefined){
let data6 = data.bucket_digest;
if((typeof data6 !== "string") && (data6 !== null)){
const err9 = {instancePath:instancePath+"/bucket_digest",schemaPath:"#/properties/bucket_digest/type",keyword:"type",params:{type: schema55.properties.bucket_digest.type},message:"must be string,null"};
vErrors = pushError(vErrors, err9);
errors++;
}
}
if(data.traces !== undefined){
let data7 = data.traces;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.trace_id === undefined){
const err10 = {instancePath:instancePath+"/traces/" + i0,schemaPath:"#/properties/traces/items/required",keyword:"required",params:{missingProperty: "trace_id"},message:"must have required property '"+"trace_id"+"'"};
vErrors = pushError(vErrors, err10);
errors++;
}
if(data8.project_slug === undefined){
const err11 = {instancePath:instancePath+"/traces/" + i0,schemaPath:"#/properties/traces/items/required",keyword:"required",params:{missingProperty: "project_slug"},message:"must have required property '"+"project_slug"+"'"};
vErrors = pushError(vErrors, err11);
errors++;
}
if(data8.trace_id !== undefined){
let data9 = data8.trace_id;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err12 = {instancePath:instancePath+"/traces/" + i0+"/trace_id",schemaPath:"#/properties/traces/items/properties/trace_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
vErrors = pushError(vErrors, err12);
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/traces/" + i0+"/trace_id",schemaPath:"#/properties/traces/items/properties/trace_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data8.project_slug !== undefined){
if(typeof data8.project_slug !== "string"){
const err14 = {instancePath:instancePath+"/traces/" + i0+"/project_slug",schemaPath:"#/properties/traces/items/properties/project_slug/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
if(data8.syncable !== undefined){
let data11 = data8.syncable;
if((typeof data11 !== "boolean") && (data11 !== null)){
const err15 = {instancePath:instancePath+"/traces/" + i0+"/syncable",schemaPath:"#/properties/traces/items/properties/syncable/type",keyword:"type",params:{type: schema55.properties.traces.items.properties.syncable.type},message:"must be boolean,null"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data8.security_stale !== undefined){
let data12 = data8.security_stale;
if((typeof data12 !== "boolean") && (data12 !== null)){
const err16 = {instancePath:instancePath+"/traces/" + i0+"/security_stale",schemaPath:"#/properties/traces/items/properties/security_stale/type",keyword:"type",params:{type: schema55.properties.traces.items.properties.security_stale.type},message:"must be boolean,null"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data8.written_at !== undefined){
let data13 = data8.written_at;
if((typeof data13 !== "string") && (data13 !== null)){
const err17 = {instancePath:instancePath+"/traces/" + i0+"/written_at",schemaPath:"#/properties/traces/items/properties/written_at/type",keyword:"type",params:{type: schema55.properties.traces.items.properties.written_at.type},message:"must be string,null"};
vErrors = pushError(vErrors, err17);
errors++;
}
}
if(data8.summary !== undefined){
let data14 = data8.summary;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
var props0 = {};
for(const key0 in data14){
if(pattern4.test(key0)){
props0[key0] = true;
}
}
}
else {
const err18 = {instancePath:instancePath+"/traces/" + i0+"/summary",schemaPath:"#/properties/traces/items/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/traces/" + i0,schemaPath:"#/properties/traces/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/traces",schemaPath:"#/properties/traces/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
if(data.events_v1 !== undefined){
let data15 = data.events_v1;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
var props1 = {};
for(const key1 in data15){
if(pattern4.test(key1)){
props1[key1] = true;
}
}
}
else {
const err21 = {instancePath:instancePath+"/events_v1",schemaPath:"#/properties/events_v1/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
if(data.trace_records !== undefined){
let data16 = data.trace_records;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
var props2 = {};
for(const key2 in data16){
if(pattern4.test(key2)){
props2[key2] = true;
}
}
}
else {
const err22 = {instancePath:instancePath+"/trace_records",schemaPath:"#/properties/trace_records/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
if(data.trail !== undefined){
let data17 = data.trail;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
var props3 = {};
for(const key3 in data17){
if(pattern4.test(key3)){
props3[key3] = true;
}
}
}
else {
const err23 = {instancePath:instancePath+"/trail",schemaPath:"#/properties/trail/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
if(data.sync !== undefined){
let data18 = data.sync;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.eligible !== undefined){
if(typeof data18.eligible !== "boolean"){
const err24 = {instancePath:instancePath+"/sync/eligible",schemaPath:"#/properties/sync/properties/eligible/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
if(data18.blocked_reasons !== undefined){
let data20 = data18.blocked_reasons;
if(Array.isArray(data20)){
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
if(typeof data20[i1] !== "string"){
const err25 = {instancePath:instancePath+"/sync/blocked_reasons/" + i1,schemaPath:"#/properties/sync/properties/blocked_reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/sync/blocked_reasons",schemaPath:"#/properties/sync/properties/blocked_reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err26);
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/sync",schemaPath:"#/properties/sync/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
if(data.raw_sources !== undefined){
let data22 = data.raw_sources;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
var props4 = {};
for(const key4 in data22){
if(pattern4.test(key4)){
props4[key4] = true;
}
}
}
else {
const err28 = {instancePath:instancePath+"/raw_sources",schemaPath:"#/properties/raw_sources/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err28);
errors++;
}
}
if(data.trail_events !== undefined){
let data23 = data.trail_events;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
var props5 = {};
for(const key5 in data23){
if(pattern4.test(key5)){
props5[key5] = true;
}
}
}
else {
const err29 = {instancePath:instancePath+"/trail_events",schemaPath:"#/properties/trail_events/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
if(data.context_trees !== undefined){
let data24 = data.context_trees;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
var props6 = {};
for(const key6 in data24){
if(pattern4.test(key6)){
props6[key6] = true;
}
}
}
else {
const err30 = {instancePath:instancePath+"/context_trees",schemaPath:"#/properties/context_trees/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err30);
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err31);
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const SetupUninstallEnvelope = validate45;
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opentraces.dev/schema/0.9.0/setup-uninstall-envelope.json","additionalProperties":true,"type":"object","required":["status","next_steps","next_command","schema_version","removed_names","skipped_names","keys_removed","refs_preserved","refs_purged","daemon_stopped","unit_unloaded","package_uninstall_command","residue"],"properties":{"status":{"enum":["ok","error","needs_action","needs_judgment","maintenance_needed","blocked"]},"next_steps":{"type":"array","items":{"type":"string"}},"next_command":{"type":["string","null"]},"schema_version":{"const":"opentraces.setup_uninstall.v1","type":"string"},"dry_run":{"type":"boolean"},"purge":{"type":"boolean"},"removed_names":{"type":"array","items":{"type":"string"}},"skipped_names":{"type":"array","items":{"type":"string"}},"keys_removed":{"type":"array","items":{"type":"string"}},"refs_preserved":{"type":"array","items":{"type":"string"}},"refs_purged":{"type":"array","items":{"type":"string"}},"daemon_stopped":{"type":"boolean"},"unit_unloaded":{"type":"boolean"},"package_uninstall_command":{"type":["string","null"]},"residue":{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"object","patternProperties":{"^(.*)$":{}}}]}}},"title":"SetupUninstallEnvelope"};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opentraces.dev/schema/0.9.0/setup-uninstall-envelope.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
vErrors = pushError(vErrors, err0);
errors++;
}
if(data.next_steps === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_steps"},message:"must have required property '"+"next_steps"+"'"};
vErrors = pushError(vErrors, err1);
errors++;
}
if(data.next_command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next_command"},message:"must have required property '"+"next_command"+"'"};
vErrors = pushError(vErrors, err2);
errors++;
}
if(data.schema_version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'"};
vErrors = pushError(vErrors, err3);
errors++;
}
if(data.removed_names === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "removed_names"},message:"must have required property '"+"removed_names"+"'"};
vErrors = pushError(vErrors, err4);
errors++;
}
if(data.skipped_names === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "skipped_names"},message:"must have required property '"+"skipped_names"+"'"};
vErrors = pushError(vErrors, err5);
errors++;
}
if(data.keys_removed === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keys_removed"},message:"must have required property '"+"keys_removed"+"'"};
vErrors = pushError(vErrors, err6);
errors++;
}
if(data.refs_preserved === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refs_preserved"},message:"must have required property '"+"refs_preserved"+"'"};
vErrors = pushError(vErrors, err7);
errors++;
}
if(data.refs_purged === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refs_purged"},message:"must have required property '"+"refs_purged"+"'"};
vErrors = pushError(vErrors, err8);
errors++;
}
if(data.daemon_stopped === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "daemon_stopped"},message:"must have required property '"+"daemon_stopped"+"'"};
vErrors = pushError(vErrors, err9);
errors++;
}
if(data.unit_unloaded === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit_unloaded"},message:"must have required property '"+"unit_unloaded"+"'"};
vErrors = pushError(vErrors, err10);
errors++;
}
if(data.package_uninstall_command === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "package_uninstall_command"},message:"must have required property '"+"package_uninstall_command"+"'"};
vErrors = pushError(vErrors, err11);
errors++;
}
if(data.residue === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "residue"},message:"must have required property '"+"residue"+"'"};
vErrors = pushError(vErrors, err12);
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!((((((data0 === "ok") || (data0 === "error")) || (data0 === "needs_action")) || (data0 === "needs_judgment")) || (data0 === "maintenance_needed")) || (data0 === "blocked"))){
const err13 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema56.properties.status.enum},message:"must be equal to one of the allowed values"};
vErrors = pushError(vErrors, err13);
errors++;
}
}
if(data.next_steps !== undefined){
let data1 = data.next_steps;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err14 = {instancePath:instancePath+"/next_steps/" + i0,schemaPath:"#/properties/next_steps/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err14);
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/next_steps",schemaPath:"#/properties/next_steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err15);
errors++;
}
}
if(data.next_command !== undefined){
let data3 = data.next_command;
if((typeof data3 !== "string") && (data3 !== null)){
const err16 = {instancePath:instancePath+"/next_command",schemaPath:"#/properties/next_command/type",keyword:"type",params:{type: schema56.properties.next_command.type},message:"must be string,null"};
vErrors = pushError(vErrors, err16);
errors++;
}
}
if(data.schema_version !== undefined){
let data4 = data.schema_version;
if(typeof data4 !== "string"){
const err17 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err17);
errors++;
}
if("opentraces.setup_uninstall.v1" !== data4){
const err18 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/const",keyword:"const",params:{allowedValue: "opentraces.setup_uninstall.v1"},message:"must be equal to constant"};
vErrors = pushError(vErrors, err18);
errors++;
}
}
if(data.dry_run !== undefined){
if(typeof data.dry_run !== "boolean"){
const err19 = {instancePath:instancePath+"/dry_run",schemaPath:"#/properties/dry_run/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err19);
errors++;
}
}
if(data.purge !== undefined){
if(typeof data.purge !== "boolean"){
const err20 = {instancePath:instancePath+"/purge",schemaPath:"#/properties/purge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err20);
errors++;
}
}
if(data.removed_names !== undefined){
let data7 = data.removed_names;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(typeof data7[i1] !== "string"){
const err21 = {instancePath:instancePath+"/removed_names/" + i1,schemaPath:"#/properties/removed_names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err21);
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/removed_names",schemaPath:"#/properties/removed_names/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err22);
errors++;
}
}
if(data.skipped_names !== undefined){
let data9 = data.skipped_names;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(typeof data9[i2] !== "string"){
const err23 = {instancePath:instancePath+"/skipped_names/" + i2,schemaPath:"#/properties/skipped_names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err23);
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/skipped_names",schemaPath:"#/properties/skipped_names/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err24);
errors++;
}
}
if(data.keys_removed !== undefined){
let data11 = data.keys_removed;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
if(typeof data11[i3] !== "string"){
const err25 = {instancePath:instancePath+"/keys_removed/" + i3,schemaPath:"#/properties/keys_removed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err25);
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/keys_removed",schemaPath:"#/properties/keys_removed/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err26);
errors++;
}
}
if(data.refs_preserved !== undefined){
let data13 = data.refs_preserved;
if(Array.isArray(data13)){
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
if(typeof data13[i4] !== "string"){
const err27 = {instancePath:instancePath+"/refs_preserved/" + i4,schemaPath:"#/properties/refs_preserved/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err27);
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/refs_preserved",schemaPath:"#/properties/refs_preserved/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err28);
errors++;
}
}
if(data.refs_purged !== undefined){
let data15 = data.refs_purged;
if(Array.isArray(data15)){
const len5 = data15.length;
for(let i5=0; i5<len5; i5++){
if(typeof data15[i5] !== "string"){
const err29 = {instancePath:instancePath+"/refs_purged/" + i5,schemaPath:"#/properties/refs_purged/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err29);
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/refs_purged",schemaPath:"#/properties/refs_purged/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err30);
errors++;
}
}
if(data.daemon_stopped !== undefined){
if(typeof data.daemon_stopped !== "boolean"){
const err31 = {instancePath:instancePath+"/daemon_stopped",schemaPath:"#/properties/daemon_stopped/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err31);
errors++;
}
}
if(data.unit_unloaded !== undefined){
if(typeof data.unit_unloaded !== "boolean"){
const err32 = {instancePath:instancePath+"/unit_unloaded",schemaPath:"#/properties/unit_unloaded/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
vErrors = pushError(vErrors, err32);
errors++;
}
}
if(data.package_uninstall_command !== undefined){
let data19 = data.package_uninstall_command;
if((typeof data19 !== "string") && (data19 !== null)){
const err33 = {instancePath:instancePath+"/package_uninstall_command",schemaPath:"#/properties/package_uninstall_command/type",keyword:"type",params:{type: schema56.properties.package_uninstall_command.type},message:"must be string,null"};
vErrors = pushError(vErrors, err33);
errors++;
}
}
if(data.residue !== undefined){
let data20 = data.residue;
if(Array.isArray(data20)){
const len6 = data20.length;
for(let i6=0; i6<len6; i6++){
let data21 = data20[i6];
const _errs44 = errors;
let valid15 = false;
const _errs45 = errors;
if(typeof data21 !== "string"){
const err34 = {instancePath:instancePath+"/residue/" + i6,schemaPath:"#/properties/residue/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
vErrors = pushError(vErrors, err34);
errors++;
}
var _valid0 = _errs45 === errors;
valid15 = valid15 || _valid0;
const _errs47 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
var props0 = {};
for(const key0 in data21){
if(pattern4.test(key0)){
props0[key0] = true;
}
}
}
else {
const err35 = {instancePath:instancePath+"/residue/" + i6,schemaPath:"#/properties/residue/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err35);
errors++;
}
var _valid0 = _errs47 === errors;
valid15 = valid15 || _valid0;
if(!valid15){
const err36 = {instancePath:instancePath+"/residue/" + i6,schemaPath:"#/properties/residue/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
vErrors = pushError(vErrors, err36);
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/residue",schemaPath:"#/properties/residue/type",keyword:"type",params:{type: "array"},message:"must be array"};
vErrors = pushError(vErrors, err37);
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
vErrors = pushError(vErrors, err38);
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const VALIDATORS = {
  TraceRecord,
  DatasetManifest,
  SecurityPolicy,
  RowProvenance,
  RowIndexEntry,
  RunRecord,
  PublicationStateEntry,
  TraceFacet,
  TraceSignal,
  MapNode,
  MapEdge,
  TraceMap,
  CandidatePacket,
  TrailEvent,
  GitAnchorObservation,
  ContextNode,
  ContextLayer,
  EnvelopeBase,
  ErrorEnvelope,
  ContextWasteEnvelope,
  RunIntelEnvelope,
  TraceCompareEnvelope,
  SlicingEnvelope,
  SlicingNeedsJudgmentEnvelope,
  BucketManifest,
  SetupUninstallEnvelope,
};
