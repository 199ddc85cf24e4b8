// Function file named by <FunctionFile> in manifest.xml. The only ribbon button opens the task pane
// (ShowTaskpane needs no code), but Office expects the function file to initialise Office.js.
void Office.onReady();
