document.getElementById('app')!.textContent = 'Policy Watch';
